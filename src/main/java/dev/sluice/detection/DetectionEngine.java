package dev.sluice.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every detector over a string and resolves overlapping findings. Thread-safe: detectors hold only
 * immutable compiled patterns and dictionaries.
 *
 * <p>Detectors see the text with full-width ASCII forms folded to ASCII ({@link TextChars#foldFullWidth}), so
 * "＋８１－３－５５５０－０１３５" is found as a phone number. The folding keeps every char at its offset, so
 * the findings index the caller's original text.
 *
 * <p>One pass over each string ({@link ScanContext}) folds it, counts its char classes and records its digit
 * runs, its ':', '-' and '.' chars and the trigger words of the detectors ("password", "AKIA", "eyJ", the
 * confidentiality labels...). Detectors then start their patterns only at those positions, so prose without
 * them is read by that pass alone.
 */
public final class DetectionEngine {

    private static final Comparator<Finding> BY_POSITION = Comparator
            .comparingInt(Finding::start)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::entityType)
            .thenComparing(Finding::detectorId);

    private final List<Detector> detectors;

    public DetectionEngine(DetectionSettings settings) {
        this.detectors = List.of(
                new PrivateKeyDetector(),
                new JwtDetector(),
                new AwsKeyDetector(),
                new GitHubTokenDetector(),
                new GitLabTokenDetector(),
                new SlackDetector(),
                new StripeKeyDetector(),
                new GoogleApiKeyDetector(),
                new OpenAiKeyDetector(),
                new AnthropicKeyDetector(),
                new AzureStorageDetector(),
                new HttpAuthorizationDetector(),
                new PasswordDetector(),
                new ConfidentialityLabelDetector(settings.confidentialityLabels()),
                new CodenameDetector(settings.codenames()),
                new EmailDetector(),
                new CreditCardDetector(),
                new IbanDetector(),
                new UsSsnDetector(),
                new UsItinDetector(),
                new UkNinoDetector(),
                new AadhaarDetector(),
                new IndiaPanDetector(),
                new CryptoWalletDetector(),
                new MacAddressDetector(),
                new IpAddressDetector(),
                new PhoneNumberDetector(settings.phoneRegions()));
    }

    /** Returns non-overlapping findings sorted by start offset, or an empty list for null or empty text. */
    public List<Finding> scan(String text) {
        return OverlapResolver.resolve(scanAll(text));
    }

    /**
     * Returns every finding of every detector before overlap resolution, sorted by start offset. Meant for
     * debugging and tests: the spans may overlap.
     */
    public List<Finding> scanAll(String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return findings;
        }
        ScanContext context = ScanContext.folding(text);
        for (Detector detector : detectors) {
            if (detector.mayMatch(context)) {
                detector.detect(context, findings);
            }
        }
        findings.sort(BY_POSITION);
        return findings;
    }

    /** Returns the detectors in run order, for tests that run them without the profile check. */
    List<Detector> detectors() {
        return detectors;
    }

    /** Returns the ids of the detectors this engine runs, in run order. */
    public List<String> detectorIds() {
        return detectors.stream().map(Detector::id).toList();
    }
}
