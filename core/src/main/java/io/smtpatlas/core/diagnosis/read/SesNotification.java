package io.smtpatlas.core.diagnosis.read;

import io.smtpatlas.core.diagnosis.text.ReplyCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amazon SES notifications (JSON, often wrapped as an escaped string in an SNS message): "Bounce" with one
 * object per bounced recipient, "Delivery" with the recipients and the remote server's reply.
 */
public final class SesNotification {

    private static final int MAX_SCAN = 256 * 1024;
    private static final Pattern TYPE = Pattern.compile("\"notificationType\"\\s*:\\s*\"(Bounce|Delivery|Complaint)\"");
    private static final Pattern BOUNCED =
            Pattern.compile("\\{[^{}]{0,2000}\"emailAddress\"\\s*:\\s*\"([^\"]{1,320})\"[^{}]{0,2000}\\}");
    private static final Pattern DELIVERY = Pattern.compile("\"delivery\"\\s*:\\s*\\{([^{}]{0,4000})\\}");
    private static final Pattern RECIPIENTS = Pattern.compile("\"recipients\"\\s*:\\s*\\[([^\\]]{0,4000})\\]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{1,320})\"");

    private SesNotification() {}

    /** The notification's type ("Bounce", "Delivery", "Complaint"), or null when the text holds none. */
    public static String type(String text) {
        Matcher type = TYPE.matcher(unescaped(text));
        return type.find() ? type.group(1) : null;
    }

    public static List<Finding> read(String text) {
        String json = unescaped(text);
        List<Finding> findings = new ArrayList<>();
        String type = type(json);
        if ("Bounce".equals(type)) {
            Matcher bounced = BOUNCED.matcher(json);
            while (bounced.find()) {
                String object = bounced.group();
                Finding finding = new Finding(bounced.group(1));
                finding.action = field(object, "action");
                finding.status = field(object, "status");
                String diagnostic = field(object, "diagnosticCode");
                if (diagnostic != null) {
                    finding.diagnostic = diagnostic.replaceFirst("^\\s*[A-Za-z-]{1,20};\\s*", "");
                    DeliveryStatusReader.completeFromDiagnostic(finding);
                }
                findings.add(finding);
            }
        } else if ("Delivery".equals(type)) {
            Matcher delivery = DELIVERY.matcher(json);
            if (delivery.find()) {
                String object = delivery.group(1);
                String response = field(object, "smtpResponse");
                Matcher recipients = RECIPIENTS.matcher(object);
                if (recipients.find()) {
                    Matcher quoted = QUOTED.matcher(recipients.group(1));
                    while (quoted.find()) {
                        Finding finding = new Finding(quoted.group(1));
                        finding.action = "delivered";
                        finding.diagnostic = response;
                        finding.replyCode = ReplyCodes.reply(response);
                        finding.status = ReplyCodes.enhancedNearReply(response);
                        findings.add(finding);
                    }
                }
            }
        }
        return findings;
    }

    private static String field(String object, String name) {
        Matcher value =
                Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]{0,2000})\"").matcher(object);
        return value.find() ? value.group(1) : null;
    }

    private static String unescaped(String text) {
        String capped = text.length() > MAX_SCAN ? text.substring(0, MAX_SCAN) : text;
        return capped.replace("\\\"", "\"");
    }
}
