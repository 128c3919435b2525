package io.smtpatlas.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reason of single server replies: words first, then the enhanced code, then the reply code. */
class ReasonRulesTest {

    private final BounceDiagnoser diagnoser = new BounceDiagnoser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            550 5.1.1 The email account that you tried to reach does not exist   | userunknown
            550 No such user here                                                 | userunknown
            552 5.2.2 Mailbox full                                                | mailboxfull
            452 4.2.2 The user's quota has been exceeded                          | mailboxfull
            552 5.3.4 Message size exceeds fixed maximum message size             | mesgtoobig
            554 5.7.1 <bob@example.com>: Relay access denied                      | norelaying
            554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org | blocked
            550 5.7.1 Message rejected as spam by Content Filtering               | spamdetected
            550 5.7.26 This message does not have authentication information or fails to pass authentication checks (SPF or DKIM) | authfailure
            550 5.7.25 The IP address sending this message does not have a PTR record setup | requireptr
            550 5.7.1 Client host rejected: cannot find your reverse hostname     | requireptr
            554 5.7.0 Message contains a virus                                    | virusdetected
            530 5.7.0 Must issue a STARTTLS command first                          | failedstarttls
            550 5.1.2 Host unknown (Name server: example.invalid: host not found) | hostunknown
            421 4.7.0 Too many concurrent SMTP connections from this IP           | toomanyconn
            550 5.2.1 The email account that you tried to reach is disabled       | suspend
            553 5.1.8 Sender address rejected: Domain not found                   | rejected
            554 5.4.6 Too many hops                                               | networkerror
            550 5.0.0 Unknown status                                              | undefined
            550 5.7.606 Access denied, banned sending IP [192.0.2.1]              | blocked
            550 5.7.1 [IR] Our system has detected an excessive amount of invalid recipients | blocked
            550 5.4.1 Recipient address rejected: Access denied. AS(201806281)    | userunknown
            550 5.7.1 Messages with multiple 550 5.7.1 addresses in From: header are not accepted | notcompliantrfc
            550 5.2.2 Recipient address rejected: mailbox is over quota, user unknown | mailboxfull
            """)
    void aReplyGetsTheReasonItsWordsAndCodesGive(String reply, String reason) {
        assertEquals(
                reason, diagnoser.diagnose(reply).recipients().get(0).reason().id(), reply);
    }

    /** Wordings of common providers and servers and of other languages; none of them is in the development set. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            550 5.7.1 [192.0.2.1] The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead. | blocked
            553 5.7.1 <a@example.org>... Please use the SMTP server of your ISP to send mail   | blocked
            421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints | badreputation
            452 4.2.1 The recipient you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered | speeding
            550 5.4.5 Daily user sending quota exceeded                                  | speeding
            550 5.1.1 Refused due to recipient preferences                               | filtered
            550 5.7.1 The recipient has blocked messages from your address                | filtered
            554 delivery error: dd This user doesn't have a yahoo.com account (bob@yahoo.com) [0] | userunknown
            550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup | userunknown
            Sorry, I couldn't find any host named example.invalid. (#5.1.2)              | hostunknown
            554 This address no longer accepts mail.                                     | suspend
            550 You are not a member of this list                                        | rejected
            550 5.7.1 Only members of this group may post; you are not allowed to post to this group | rejected
            550 5.7.124 Sender not in allowed-senders list                               | rejected
            451 4.3.0 Temporary lookup failure                                           | systemerror
            451 Remote host is not responding.                                           | expired
            450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see the postmaster page | blocked
            550 SC-001 Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider | blocked
            554 Sorry, you are sending from an address that has been blacklisted        | rejected
            554 Your IP address has been blacklisted                                     | blocked
            501 no access from mail server [192.0.2.55] which is an open relay         | blocked
            554 5.7.1 <bob@example.org>: Relay access denied                             | norelaying
            550 5.1.1 Benutzer unbekannt                                                 | userunknown
            552 Postfach voll                                                            | mailboxfull
            550 5.1.1 Utilisateur inconnu                                                | userunknown
            552 5.2.2 Boîte aux lettres pleine                                           | mailboxfull
            550 Le domaine n'existe pas                                                  | hostunknown
            550 Usuario desconocido                                                      | userunknown
            552 Buzón lleno                                                              | mailboxfull
            550 Usuário desconhecido                                                     | userunknown
            552 Caixa postal cheia                                                       | mailboxfull
            550 Utente sconosciuto                                                       | userunknown
            550 Gebruiker onbekend                                                       | userunknown
            550 Нет такого пользователя                                                  | userunknown
            550 收件人不存在                                                               | userunknown
            552 邮箱已满                                                                   | mailboxfull
            """)
    void commonWordingsOfOtherServersAndLanguagesGetTheirReason(String reply, String reason) {
        assertEquals(
                reason, diagnoser.diagnose(reply).recipients().get(0).reason().id(), reply);
    }
}
