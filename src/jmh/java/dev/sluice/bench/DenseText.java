package dev.sluice.bench;

import java.util.List;
import java.util.Random;

/**
 * Support-ticket and CRM prose in English with a sensitive value every 150 to 450 bytes: emails, phone numbers,
 * cards, IBANs, SSNs, IPv4 and IPv6 addresses, AWS key ids and JWTs.
 */
final class DenseText {

    private static final int MIN_GAP_BYTES = 150;
    private static final int MAX_GAP_BYTES = 450;

    private static final List<String> PROSE = List.of(
            "The customer wrote in again about the duplicate charge on the March invoice.",
            "I checked the billing history and the second payment was captured two days after the first.",
            "She says the order never arrived and the tracking page has not changed since Tuesday.",
            "Escalating to tier two because the refund window closed before the ticket was opened.",
            "The annotator flagged this conversation because the user pasted account details into the prompt.",
            "Please confirm the shipping address before we send the replacement unit.",
            "He asked us to cancel the subscription and delete the saved payment method.",
            "According to the notes from the last call, the account was locked after three failed logins.",
            "We offered a partial credit, but the customer would rather have the full amount back.",
            "The model's answer repeated the user's contact details, so the rater marked it as unsafe.",
            "Support hours are nine to five on weekdays, and the queue is usually empty by four.",
            "The form was submitted twice, once from the mobile app and once from the web site.",
            "Our records show a change of address in January that was never confirmed by email.",
            "The agent summarised the call and attached the transcript to the case.",
            "This is the third contact about the same issue, so please handle it with priority.",
            "The user wants to know why the verification code never reaches their phone.",
            "Compliance asked for every ticket that mentions wire transfers to be reviewed by hand.",
            "The rater disagreed with the reference answer and left a long comment explaining why.",
            "Status changed from pending to resolved after the customer confirmed the fix.",
            "Attached are the screenshots the customer sent, with the card number partly visible.");

    private final Random random;
    private final SyntheticValues values;
    private int gapBytes;
    private int proseSinceValue;

    DenseText(Random random) {
        this.random = random;
        this.values = new SyntheticValues(random);
        this.gapBytes = nextGap();
    }

    /** Returns the next sentence: prose until the current gap is filled, then one sentence with a value. */
    String nextUnit() {
        if (proseSinceValue < gapBytes) {
            String sentence = values.pick(PROSE);
            proseSinceValue += sentence.length() + 1;
            return sentence;
        }
        proseSinceValue = 0;
        gapBytes = nextGap();
        return sentenceWithValue();
    }

    private int nextGap() {
        return MIN_GAP_BYTES + random.nextInt(MAX_GAP_BYTES - MIN_GAP_BYTES + 1);
    }

    private String sentenceWithValue() {
        int kind = random.nextInt(100);
        if (kind < 22) {
            return "You can reach me at " + values.email() + " any time.";
        } else if (kind < 40) {
            return "My number is " + values.phone() + ", please call after six.";
        } else if (kind < 52) {
            return "The card on file is " + values.creditCard() + " and it expires next year.";
        } else if (kind < 62) {
            return "Send the refund to IBAN " + values.iban() + " instead.";
        } else if (kind < 70) {
            return "The tax form lists SSN " + values.usSsn() + " for the account holder.";
        } else if (kind < 80) {
            return "The login came from " + values.ipv4() + " at 03:14 UTC.";
        } else if (kind < 86) {
            return "The request was sent from " + values.ipv6() + " according to the proxy log.";
        } else if (kind < 93) {
            return "The log line shows access key " + values.awsAccessKeyId() + " in the request header.";
        }
        return "The user pasted Authorization: Bearer " + values.jwt() + " into the chat.";
    }
}
