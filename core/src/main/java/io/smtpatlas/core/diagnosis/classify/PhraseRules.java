package io.smtpatlas.core.diagnosis.classify;

import io.smtpatlas.core.diagnosis.BounceReason;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The reason a server's words give, by the phrases mail servers commonly use. Order matters: the more specific
 * rule comes first ("listed at spamhaus" is a block, not spam content; "relay denied" is not "denied").
 */
final class PhraseRules {

    /**
     * A reason and its phrases; {@code needles} holds, when every phrase has one, a plain word each phrase must
     * contain, so the expression only runs on texts that hold one of them (most texts hold none).
     */
    private record Rule(BounceReason reason, Pattern phrases, List<String> needles) {
        boolean matches(String lower) {
            if (needles != null && needles.stream().noneMatch(lower::contains)) {
                return false;
            }
            return phrases.matcher(lower).find();
        }
    }

    private static Rule rule(BounceReason reason, String... phrases) {
        List<String> needles = new java.util.ArrayList<>();
        for (String phrase : phrases) {
            for (String alternative : Needles.topLevelAlternatives(phrase)) {
                List<String> alternativeNeedles = Needles.needlesOf(alternative);
                if (alternativeNeedles == null) {
                    needles = null;
                    break;
                }
                needles.addAll(alternativeNeedles);
            }
            if (needles == null) {
                break;
            }
        }
        return new Rule(
                reason, Pattern.compile(String.join("|", phrases)), needles == null ? null : List.copyOf(needles));
    }

    private static final List<Rule> RULES = List.of(
            rule(
                    BounceReason.NOTCOMPLIANTRFC,
                    "duplicate header",
                    "multiple (?:\\S+ )?addresses in from",
                    "rfc ?5322",
                    "rfc ?2822",
                    "not rfc ?\\d* ?compliant"),
            rule(
                    BounceReason.SPAMDETECTED,
                    "due to spam",
                    "as spam",
                    "as junk",
                    "considered spam",
                    "considered junk",
                    "spam classification",
                    "blacklisted (?:url|link|domain) in",
                    "uribl",
                    "surbl",
                    "message content rejected",
                    "\\bube\\b"),
            rule(
                    BounceReason.USERUNKNOWN,
                    "recipient address rejected: access denied",
                    "not listed in (?:the )?(?:public|address|directory|name|domino)",
                    "possibly incorrect",
                    "(?:invalid|unknown) .{0,20}user ?id",
                    "address (?:couldn't|could not|can't|cannot) be found",
                    "address not found"),
            rule(
                    BounceReason.REJECTED,
                    "domain of sender",
                    "(?:sender|mail ?from|envelope from)(?! ip)(?: address| domain)?"
                            + "(?: is)? (?:rejected|denied|refused|unknown|invalid|not allowed|verify failed|does not exist)",
                    "mailfrom domain",
                    "sender verification failed",
                    "from:? (?:header )?(?:domain|address) (?:is )?(?:invalid|not valid)"),
            // Lists and groups that take mail from members or approved senders only refuse the sender, not the host.
            rule(
                    BounceReason.REJECTED,
                    "not a (?:list )?member",
                    "non-?members?\\b",
                    "members only",
                    "only (?:list )?members",
                    "not subscribed to",
                    "subscribers only",
                    "allowed[- ]senders?",
                    "approved senders",
                    "restricted to (?:internal|authori[sz]ed|approved) senders",
                    "not (?:allowed|authori[sz]ed|permitted) to (?:send|post) (?:e-?mail |messages? |mail )?to (?:this|the) (?:group|list|distribution)"),
            // The recipient's own settings turned the sender away: a filter's decision, not a missing mailbox.
            rule(
                    BounceReason.FILTERED,
                    "recipient(?:'s)? (?:preferences|settings|filters?|block list|blocklist)",
                    "preferences of the (?:person|recipient)",
                    "recipient has (?:blocked|refused|rejected)",
                    "blocked by (?:the )?recipient",
                    "recipient (?:does not|doesn't) accept (?:e-?mail|mail|messages) from"),
            rule(BounceReason.POLICYVIOLATION, "blocked because (?:of )?its content"),
            rule(BounceReason.TOOMANYCONN, "frequency limited", "too many recipients"),
            rule(
                    BounceReason.MAILERERROR,
                    "procmail",
                    "mailer error",
                    "command died",
                    "pipe to \\|",
                    "x-unix",
                    "unknown mailer",
                    "command failed with"),
            rule(BounceReason.NETWORKERROR, "(?:host ?name|dns|mx) lookup (?:failure|failed|error)"),
            // Japanese carriers and providers write their notices in Japanese only.
            rule(BounceReason.MAILBOXFULL, "メールボックスが一杯", "容量超過", "容量を超え", "容量オーバー"),
            rule(BounceReason.USERUNKNOWN, "存在しない", "存在しません", "宛先不明", "宛先が見つかりません"),
            rule(BounceReason.FILTERED, "受信拒否", "指定受信"),
            rule(BounceReason.VIRUSDETECTED, "virus", "malware", "infected", "trojan", "worm found"),
            rule(
                    BounceReason.AUTHFAILURE,
                    "\\bspf\\b",
                    "\\bdkim\\b",
                    "\\bdmarc\\b",
                    "sender policy framework",
                    "sender id",
                    "not authorized to send on behalf",
                    "authentication results",
                    "unauthenticated email",
                    "is not designated",
                    "sender ip.{0,40}not (?:permitted|authorized)",
                    "failed (?:the )?authentication check"),
            rule(
                    BounceReason.REQUIREPTR,
                    "reverse dns",
                    "reverse lookup",
                    "ptr record",
                    "\\bptr\\b",
                    "\\brdns\\b",
                    "reverse (?:hostname|name)",
                    "no reverse",
                    "cannot find your hostname",
                    "hostname.{0,30}not resolve",
                    "client host.{0,60}(?:unknown|not resolve|no ptr)",
                    "cannot resolve your",
                    "reverse-dns",
                    "not have a reverse",
                    "ip name lookup failed",
                    "cannot resolve ptr",
                    "dns lookup of your"),
            rule(
                    BounceReason.FAILEDSTARTTLS,
                    "starttls",
                    "tls (?:is )?required",
                    "must issue a starttls",
                    "encryption (?:is )?required",
                    "requires? (?:a )?(?:secure|encrypted|tls)",
                    "tls negotiation failed",
                    "tls handshake",
                    "ssl handshake"),
            rule(BounceReason.SECURITYERROR, "without authentication", "authentication is required"),
            // A sending server called an open relay is refused for what it is, not asked to relay.
            rule(
                    BounceReason.BLOCKED,
                    "(?:is|as|an|from) (?:an )?open relay",
                    "open relays?\\b.{0,20}(?:not accepted|refused|blocked|listed)"),
            rule(
                    BounceReason.NORELAYING,
                    "relay(?:ing)? (?:access )?(?:denied|not permitted|not allowed|prohibited)",
                    "not (?:permitted|allowed|authorized) to relay",
                    "unable to relay",
                    "no relaying",
                    "relay access",
                    "we do not relay",
                    "cannot relay",
                    "can't relay",
                    "relaying denied",
                    "not a gateway",
                    "relay not",
                    "configured to relay",
                    "relaying mail to",
                    "relay disallowed"),
            // An e-mail address on a deny list is the sender turned away, not the sending host.
            rule(
                    BounceReason.REJECTED,
                    "(?<!ip )address (?:that |which )?(?:has been |is )(?:blacklisted|blocklisted|denylisted)"),
            rule(
                    BounceReason.BADREPUTATION,
                    "reputation",
                    "sender score",
                    "senderscore",
                    "user complaints",
                    "complaint rate",
                    "unexpected volume",
                    "high (?:volume of )?complaints"),
            // Hosts told to send through their provider's relay: direct delivery from the address range is refused.
            rule(
                    BounceReason.BLOCKED,
                    "smtp server of your (?:isp|provider)",
                    "use (?:the |your )?(?:isp|provider|internet service provider)'?s? (?:smtp|mail|relay|outgoing)",
                    "relay (?:at|of) your (?:service |internet service )?provider",
                    "not authori[sz]ed to send (?:e-?mail |mail )?directly",
                    "direct (?:delivery|connections?|sending|smtp) (?:is |are )?not (?:allowed|permitted|accepted)",
                    "greylist",
                    "graylist",
                    "(?:messages|mail|e-?mails?) from .{0,60}(?:weren't|were not|wasn't|was not) (?:sent|accepted)",
                    "(?:unwanted|unsolicited) (?:messages|mail|e-?mails?) (?:have|has) been sent from"),
            rule(
                    BounceReason.BLOCKED,
                    "spamhaus",
                    "spamcop",
                    "sorbs",
                    "barracuda",
                    "\\brbl\\b",
                    "dnsbl",
                    "blacklist",
                    "black list",
                    "blocklist",
                    "block list",
                    "denylist",
                    "deny list",
                    "listed (?:at|in|on|by)",
                    "is listed",
                    "(?:\\bip\\b|ip address|client host|your host|sending host|your server|network|mta)\\b.{0,40}(?:blocked|banned|refused|rejected|denied)",
                    "(?:blocked|banned|refused|denied).{0,30}(?:your|sending|client|connecting) (?:ip|address|host|server|network)",
                    "access denied",
                    "not allowed to (?:send|connect)",
                    "refused to talk",
                    "connection refused by",
                    "temporarily deferred",
                    "has been temporarily",
                    "dynamic ip",
                    "dial-?up",
                    "residential",
                    "\\bblocked\\b",
                    "rejected due to local policy",
                    "too many invalid",
                    "ip .{0,40}(?:not allowed|prohibited)",
                    "client host rejected",
                    "your ip",
                    "excessive amount of invalid",
                    "service refused",
                    "frequency limited",
                    "poor reputation",
                    "is on the",
                    "service unavailable; client"),
            rule(
                    BounceReason.SPAMDETECTED,
                    "\\bspam\\b",
                    "spam content",
                    "junk mail",
                    "considered (?:as )?(?:spam|junk)",
                    "looks like spam",
                    "unsolicited",
                    "bulk (?:mail|e-?mail)",
                    "spamassassin",
                    "content filter rejected",
                    "high probability of",
                    "message (?:was |is )?(?:classified|identified|detected) as",
                    "spam-like",
                    "spammy",
                    "suspected spam",
                    "\\bubc\\b",
                    "\\buce\\b"),
            // A sender's quota or a recipient's intake rate is no full mailbox, though the word "quota" is shared.
            rule(
                    BounceReason.SPEEDING,
                    "sending (?:quota|limit)",
                    "receiving mail at a rate",
                    "daily (?:user )?sending",
                    "(?:hourly|daily) (?:message|sending|e-?mail) limit"),
            rule(
                    BounceReason.MAILBOXFULL,
                    "mailbox (?:is )?full",
                    "mailbox.{0,20}(?:over|exceed).{0,20}(?:quota|limit|size)",
                    "over (?:the )?quota",
                    "quota exceeded",
                    "exceed(?:ed|s)? (?:the |their |his |her )?(?:storage|quota|disk)",
                    "storage (?:quota|allocation|space)",
                    "insufficient (?:disk )?space in",
                    "mail ?box size limit",
                    "disk quota",
                    "user is over",
                    "full mailbox",
                    "mailfolder is full",
                    "mail folder is full",
                    "account is full",
                    "inbox is full",
                    "not enough (?:storage|space)",
                    "mailbox has exceeded",
                    "has exceeded (?:his|her|their|its)",
                    "too many messages in",
                    "exceeds (?:its )?quota",
                    "would exceed",
                    "quota",
                    "maildir.{0,20}full",
                    "mailbox.{0,30}full"),
            rule(
                    BounceReason.MAILBOXFULL,
                    "postfach (?:ist )?voll",
                    "mailbox (?:ist )?voll",
                    "speicherplatz",
                    "quota (?:überschritten|depass|dépass)",
                    "bo[iî]te (?:aux lettres |mail |de r[eé]ception )?(?:est )?pleine",
                    "buz[oó]n (?:est[aá] )?lleno",
                    "cuota excedida",
                    "caixa (?:postal |de correio |de entrada )?(?:est[aá] )?(?:cheia|lotada)",
                    "casella (?:è |e )?piena",
                    "mailbox (?:is )?vol\\b",
                    "ящик переполнен",
                    "邮箱已满",
                    "邮箱空间不足",
                    "信箱已满",
                    "空间不足"),
            rule(
                    BounceReason.MESGTOOBIG,
                    "message (?:is )?too (?:large|big)",
                    "message size (?:exceeds|is over|too)",
                    "too big",
                    "exceeds (?:the )?(?:maximum|max)(?:imum)? (?:message )?size",
                    "message length exceeds",
                    "size limit",
                    "message exceeds",
                    "file too large",
                    "message.{0,20}larger than",
                    "maximum (?:allowed )?(?:message )?size",
                    "exceeded the maximum size",
                    "mail size"),
            rule(
                    BounceReason.HASMOVED,
                    "has moved",
                    "user moved",
                    "no longer (?:at|with)",
                    "changed (?:his|her|their) address",
                    "new address"),
            rule(
                    BounceReason.SUSPEND,
                    "(?:account|mailbox|user|address|recipient)(?: has been| is)? suspended",
                    "suspended (?:account|mailbox|user)",
                    "disabled",
                    "deactivated",
                    "inactive",
                    "not active",
                    "locked",
                    "no longer active",
                    "has been closed",
                    "no longer accepts? (?:e-?)?mail",
                    "account (?:is )?(?:expired|closed|blocked|frozen|on hold)",
                    "account.{0,40}(?:has been )?(?:terminated|cancel+ed)"),
            rule(BounceReason.HOSTUNKNOWN, "domain is not reachable", "bad destination system address"),
            rule(BounceReason.NETWORKERROR, "delivery temporarily suspended: (?:connect|lost connection|conversation)"),
            rule(
                    BounceReason.EXPIRED,
                    "timed out",
                    "timeout",
                    "not reachable",
                    "unreachable",
                    "(?:host|server) (?:is )?not responding",
                    "no response from (?:the )?(?:remote )?(?:host|server)",
                    "did not accept our requests to connect",
                    "queue too long",
                    "in the queue for"),
            rule(
                    BounceReason.NOTACCEPT,
                    "no mx",
                    "null mx",
                    "mx or srv record indicated no",
                    "does not accept (?:e-?)?mail",
                    "doesn't accept (?:e-?)?mail",
                    "not accepting (?:mail|connections)",
                    "no mail (?:is )?accepted"),
            rule(
                    BounceReason.NETWORKERROR,
                    "host not found, try again",
                    "temporary failure in name resolution",
                    "dns (?:lookup|query) (?:failed|timed out|error)",
                    "servfail"),
            rule(
                    BounceReason.HOSTUNKNOWN,
                    "(?:couldn't|could not|can't|cannot|unable to) find (?:any )?(?:host|domain)",
                    "domaine (?:est )?(?:inconnu|introuvable)",
                    "domaine .{0,40}n'existe pas",
                    "dominio (?:no existe|desconocido|inexistente)",
                    "domain (?:unbekannt|existiert nicht)",
                    "host unknown",
                    "(?<![@\\w.-])[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){1,8}\\s(?:does not|doesn't) exist",
                    "unknown host",
                    "host not found",
                    "domain not found",
                    "no such domain",
                    "name or service not known",
                    "domain (?:does not|doesn't) exist",
                    "unrouteable (?:mail )?domain",
                    "unrouteable address",
                    "nxdomain",
                    "host or domain name not found",
                    "no mx",
                    "non-existent host",
                    "unknown domain",
                    "domain (?:is )?(?:invalid|unknown)",
                    "invalid domain",
                    "could not be resolved",
                    "name server",
                    "not resolv",
                    "domain name not found",
                    "no such host",
                    "host (?:does not|doesn't) exist",
                    "unresolvable",
                    "domain .{0,40}not exist"),
            rule(
                    BounceReason.USERUNKNOWN,
                    "user unknown",
                    "unknown user",
                    "no such (?:user|mailbox|recipient|account|address|person)",
                    "(?:recipient|user|address|addressee|mailbox|account) (?:is )?(?:unknown|not found|invalid|not exist)",
                    "unknown (?:recipient|address|mailbox|account|local|e-?mail)",
                    "invalid (?:recipient|mailbox|address|user)",
                    "(?:does not|doesn't|did not|not) exist",
                    "not (?:a )?valid (?:recipient|mailbox|user|address)",
                    "no mailbox",
                    "mailbox (?:unavailable|not available|not found|does not)",
                    "user not found",
                    "not our customer",
                    "no account",
                    "bad destination mailbox",
                    "(?:couldn't|could not|cannot|can't) be found",
                    "not listed in",
                    "no valid recipients",
                    "illegal alias",
                    "no such",
                    "unknown or illegal",
                    "address.{0,20}not (?:valid|recognized|known)",
                    "not a known user",
                    "no longer valid",
                    "is not a valid",
                    "user doesn't have",
                    "unknown alias",
                    "account.{0,20}(?:not found|unavailable)",
                    "undeliverable address",
                    "not (?:an )?(?:active|existing) (?:user|account)",
                    "invalid address",
                    "\\baddress unknown",
                    "recipient not",
                    "resolver\\.adr\\.recipnotfound",
                    "recipientnotfound",
                    "wasn't found",
                    "was not found",
                    "benutzer (?:ist )?unbekannt",
                    "empf[aä]nger (?:ist )?unbekannt",
                    "unbekannte[rn]? (?:empf[aä]nger|benutzer)",
                    "existiert nicht",
                    "utilisateur inconnu",
                    "destinataire inconnu",
                    "adresse (?:e-?mail )?inconnue",
                    "n'existe pas",
                    "usuario (?:desconocido|inexistente|no existe)",
                    "destinatario (?:desconocido|inexistente)",
                    "no existe",
                    "usu[aá]rio (?:desconhecido|inexistente)",
                    "utilizador desconhecido",
                    "n[aã]o existe",
                    "utente (?:sconosciuto|inesistente)",
                    "non esiste",
                    "gebruiker (?:is )?onbekend",
                    "bestaat niet",
                    "нет такого пользователя",
                    "пользователь не существует",
                    "не существует",
                    "用户不存在",
                    "收件人不存在",
                    "地址不存在",
                    "帐户不存在",
                    "账户不存在",
                    "查无此人"),
            rule(
                    BounceReason.REJECTED,
                    "sender (?:address )?(?:rejected|denied|refused|blocked|not allowed|verify failed|unknown|invalid)",
                    "domain of sender",
                    "sender domain",
                    "envelope sender",
                    "mail from",
                    "return path",
                    "invalid sender",
                    "sender verification",
                    "unverified sender",
                    "bad sender",
                    "sender is",
                    "from address",
                    "sender.{0,40}(?:rejected|not accepted|denied|blacklisted)",
                    "sender mail domain",
                    "permission to post",
                    "not (?:allowed|authorized) to post",
                    "\\u6295\\u7a3f\\u3059\\u308b\\u6a29\\u9650"),
            rule(
                    BounceReason.NOTACCEPT,
                    "does not accept (?:e-?)?mail",
                    "doesn't accept (?:e-?)?mail",
                    "not accepting mail",
                    "null mx",
                    "no mail (?:is )?accepted",
                    "accept no mail",
                    "does not receive mail"),
            rule(BounceReason.TOOMANYCONN, "connection rate", "too many connections", "too many concurrent"),
            rule(
                    BounceReason.SPEEDING,
                    "rate limit",
                    "ratelimit",
                    "too many messages",
                    "sending rate",
                    "throttl",
                    "too fast",
                    "rate of",
                    "exceeded (?:the )?(?:rate|sending)",
                    "too many (?:recipients|mails|e-?mails) (?:from|sent)",
                    "rate exceeded",
                    "try again later.{0,40}(?:rate|too many)",
                    "sent too many",
                    "message rate"),
            rule(
                    BounceReason.TOOMANYCONN,
                    "too many connections",
                    "too many concurrent",
                    "connection limit",
                    "too many sessions",
                    "too many simultaneous",
                    "concurrent connections",
                    "connection rate",
                    "too many smtp sessions"),
            rule(
                    BounceReason.EXCEEDLIMIT,
                    "exceeds (?:the )?(?:administrative|recipient) limit",
                    "too many recipients",
                    "recipient limit",
                    "exceeded (?:the )?limit",
                    "limit exceeded"),
            rule(
                    BounceReason.SECURITYERROR,
                    "authentication (?:required|failed|credentials)",
                    "must authenticate",
                    "not authenticated",
                    "smtp auth",
                    "\\bauth(?:entication)? (?:is )?required",
                    "insecure",
                    "certificate",
                    "password",
                    "security policy",
                    "authorization required"),
            rule(
                    BounceReason.POLICYVIOLATION,
                    "policy",
                    "header error",
                    "prohibited",
                    "not allowed (?:by|due to)",
                    "attachment",
                    "executable",
                    "violat",
                    "forbidden",
                    "contains (?:a )?(?:url|link)"),
            rule(
                    BounceReason.NOTCOMPLIANTRFC,
                    "rfc ?5322",
                    "rfc ?2822",
                    "rfc ?822",
                    "rfc ?5321",
                    "not rfc",
                    "rfc compliant",
                    "header (?:is )?(?:missing|malformed|invalid)",
                    "missing (?:a )?(?:required )?header",
                    "duplicate header",
                    "bare lf",
                    "line too long",
                    "malformed"),
            rule(
                    BounceReason.CONTENTERROR,
                    "content (?:error|rejected)",
                    "invalid (?:content|mime|character)",
                    "8-?bit",
                    "\\bmime\\b",
                    "encoding",
                    "content-type"),
            rule(
                    BounceReason.SYSTEMFULL,
                    "insufficient system (?:storage|resources)",
                    "disk full",
                    "out of disk",
                    "no space left",
                    "system full",
                    "file system full"),
            rule(
                    BounceReason.EXPIRED,
                    "retry (?:time(?:out)?|period) (?:exceeded|expired)",
                    "message expired",
                    "delivery time expired",
                    "queue (?:time|lifetime)",
                    "too long in (?:the )?queue",
                    "queue too long",
                    "could not be delivered (?:for|within|in)",
                    "was not delivered (?:for|within|in)",
                    "expired",
                    "giving up",
                    "gave up",
                    "delayed (?:for|more than)",
                    "has not been delivered",
                    "undeliverable for",
                    "deferred for",
                    "timeout waiting",
                    "could not deliver for"),
            rule(
                    BounceReason.NETWORKERROR,
                    "timed out",
                    "timeout",
                    "connection refused",
                    "network is unreachable",
                    "no route to host",
                    "lost connection",
                    "connection (?:reset|closed|dropped)",
                    "dns",
                    "temporary failure in name resolution",
                    "too many hops",
                    "mail loop",
                    "routing loop",
                    "loop detected",
                    "loops back",
                    "unable to connect",
                    "could not connect",
                    "can't connect",
                    "cannot connect",
                    "connect to .{0,80}failed",
                    "mail for .{0,80}loops"),
            rule(
                    BounceReason.MAILERERROR,
                    "mailer error",
                    "command died",
                    "procmail",
                    "pipe to",
                    "unknown mailer",
                    "exited with",
                    "program failed",
                    "local delivery failed",
                    "maildrop",
                    "x-unix",
                    "command failed",
                    "service unavailable \\(#4\\.3\\.0\\)"),
            rule(
                    BounceReason.SYNTAXERROR,
                    "syntax error",
                    "command unrecognized",
                    "unrecognized command",
                    "command not (?:recognized|implemented|understood)",
                    "bad sequence",
                    "invalid command",
                    "line length exceeded"),
            rule(BounceReason.CONTENTERROR, "media error", "media not supported", "conversion"),
            rule(BounceReason.SECURITYERROR, "delivery not authori[sz]ed"),
            rule(
                    BounceReason.SYSTEMERROR,
                    "internal (?:server |system )?error",
                    "system error",
                    "(?:could not|couldn't|unable to|failed to) load",
                    "temporary lookup failure",
                    "local configuration",
                    "resource temporarily unavailable"),
            rule(BounceReason.FILTERED, "\\bfiltered\\b", "content filter", "filtering"),
            rule(BounceReason.ONHOLD, "on hold", "onhold"),
            rule(BounceReason.USERUNKNOWN, "(?:recipient|rcpt) (?:address )?rejected", "address rejected"),
            rule(BounceReason.REJECTED, "rejected by", "not accepted"),
            rule(
                    BounceReason.SYSTEMERROR,
                    "system error",
                    "internal (?:server )?error",
                    "server error",
                    "local error",
                    "configuration error",
                    "temporary (?:local )?(?:failure|problem|error)",
                    "try again later",
                    "service (?:is )?(?:currently )?unavailable",
                    "temporarily rejected",
                    "resources",
                    "not available"));

    /** A link; only its host is kept ("spamhaus.org" says something, "/en/reason/#filtered" must not). */
    private static final Pattern URL = Pattern.compile("(?:https?://)([^\\s/)>\\]]{1,255})[^\\s)>\\]]{0,500}");

    private static final Pattern GIVING_UP =
            Pattern.compile("i'm not going to try again; this message has been in the queue too long\\.?");

    /** Words about the sending host's address range itself, which decide a block whatever the SMTP step. */
    private static final Pattern SENDING_HOST = Pattern.compile(
            "your (?:isp|provider|internet service provider)|dynamic (?:ip|address|pool)|residential|dial-?up|direct (?:delivery|connections?|sending|smtp)|open relay");

    private PhraseRules() {}

    /** Whether the words are about the sending host's address range (dynamic pool, "use your provider's relay"). */
    static boolean namesSendingHost(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.length() > 1_500 ? text.substring(0, 1_500) : text;
        return SENDING_HOST.matcher(lower.toLowerCase(Locale.ROOT)).find();
    }

    /** The reason the words give, or null when no rule matches. */
    static BounceReason of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String lower = text.length() > 1_500 ? text.substring(0, 1_500) : text;
        // Links name help pages, not what happened; their words would mislead the phrases.
        lower = URL.matcher(lower.toLowerCase(Locale.ROOT)).replaceAll(" $1 ");
        // qmail ends every expired temporary failure with the same sentence; the cause is what precedes it.
        String cause = GIVING_UP.matcher(lower).replaceAll(" ");
        if (!cause.equals(lower)) {
            return first(cause);
        }
        return first(lower);
    }

    private static BounceReason first(String lower) {
        for (Rule rule : RULES) {
            if (rule.matches(lower)) {
                return rule.reason();
            }
        }
        return null;
    }
}
