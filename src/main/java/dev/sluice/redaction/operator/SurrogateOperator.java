package dev.sluice.redaction.operator;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;

import com.google.crypto.tink.Mac;

/**
 * Replaces a value with a realistic fake of the same kind. An email stays an email, a phone number becomes a number
 * in a range reserved for fiction, a card number stays a Luhn-valid number of the same length, and a name becomes a
 * name of the same script. Each fake is drawn from a random generator seeded with HMAC-SHA-256 of the value under the vendor's
 * key, so the same value always gets the same fake for that vendor, and another vendor gets another one. A fake is
 * never the original value: the reserved ranges are small, so a draw that hits the original is drawn again. See
 * {@link SurrogateValues} for each kind and the reserved ranges used.
 */
public final class SurrogateOperator implements Operator {

    private static final int MAX_DRAWS = 32;

    private final Mac mac;

    public SurrogateOperator(Mac mac) {
        this.mac = mac;
    }

    @Override
    public String apply(String value, String entityType, RecordScope record) {
        byte[] digest = KeyedHashOperator.digest(mac, "surrogate:" + entityType, value);
        SplittableRandom random = new SplittableRandom(ByteBuffer.wrap(digest).getLong());
        // A small reserved range (100 phone numbers, 10 SSNs) can draw the original itself, which would then leak;
        // draw again from the same generator, so the result stays the same for the same value and key.
        String original = CanonicalValue.of(value);
        for (int attempt = 0; attempt < MAX_DRAWS; attempt++) {
            String fake = draw(value, entityType, random);
            if (!CanonicalValue.of(fake).equals(original)) {
                return fake;
            }
        }
        return record.placeholders().placeholderFor(entityType, value);
    }

    private static String draw(String value, String entityType, SplittableRandom random) {
        return switch (entityType) {
            case "EMAIL_ADDRESS" -> SurrogateValues.email(random);
            case "PHONE_NUMBER" -> SurrogateValues.phone(value, random);
            case "CREDIT_CARD" -> SurrogateValues.card(value, random);
            case "IBAN_CODE" -> SurrogateValues.iban(value, random);
            case "IP_ADDRESS" -> SurrogateValues.ipAddress(value, random);
            case "PERSON" -> SurrogateValues.person(value, random);
            case "US_SSN" -> SurrogateValues.ssn(random);
            default -> SurrogateValues.sameShape(value, random);
        };
    }
}
