package dev.sluice.topology;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import dev.sluice.redaction.StrictUtf8;

/**
 * Headers of vendor records: the input headers the vendor's policy forwards, with masked values, then Sluice's
 * own two, which tell the vendor's records apart by policy version and link each one to its audit event.
 */
final class VendorHeaders {

    /** Version of the vendor policy that shaped the record. */
    static final String POLICY_VERSION = "sluice-policy-version";

    /** Lineage id of the input record, the same as in its audit event. */
    static final String LINEAGE_ID = "sluice-lineage-id";

    private static final String OWN_PREFIX = "sluice-";

    private VendorHeaders() {
    }

    /**
     * Returns the input headers whose values are UTF-8 text, in order, for scanning. Others are left out, and so are
     * headers named like Sluice's own, which only Sluice may set.
     */
    static List<Map.Entry<String, String>> textHeaders(Headers input) {
        List<Map.Entry<String, String>> text = new ArrayList<>();
        for (Header header : input) {
            if (header.value() == null || header.key().toLowerCase(Locale.ROOT).startsWith(OWN_PREFIX)) {
                continue;
            }
            Optional<String> value = StrictUtf8.decode(header.value());
            value.ifPresent(decoded -> text.add(Map.entry(header.key(), decoded)));
        }
        return text;
    }

    /** Returns the headers of a vendor record. */
    static Headers of(List<Map.Entry<String, String>> forwarded, String policyVersion, String lineageId) {
        RecordHeaders headers = new RecordHeaders();
        forwarded.forEach(header -> headers.add(header.getKey(), header.getValue().getBytes(StandardCharsets.UTF_8)));
        headers.add(POLICY_VERSION, policyVersion.getBytes(StandardCharsets.UTF_8));
        headers.add(LINEAGE_ID, lineageId.getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
