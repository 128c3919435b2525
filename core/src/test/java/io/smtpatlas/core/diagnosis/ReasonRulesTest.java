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
        assertEquals(reason, diagnoser.diagnose(reply).recipients().get(0).reason().id(), reply);
    }
}
