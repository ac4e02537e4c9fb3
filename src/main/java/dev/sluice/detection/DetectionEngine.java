package dev.sluice.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every detector over a string and resolves overlapping findings. Thread-safe: detectors hold only
 * immutable compiled patterns and dictionaries.
 *
 * <p>Detectors search the matching form of the text ({@link NormalizedText}): NFKC, without zero-width and other
 * default-ignorable chars, with digits of every script, spaces and dashes folded to ASCII, and with Cyrillic,
 * Greek and other letters that look like Latin ones folded to Latin inside Latin words. So "＋８１－３－５５５０－０１３５" is found as a
 * phone number and "𝐚𝐥𝐢𝐜𝐞@𝐞𝐱𝐚𝐦𝐩𝐥𝐞.𝐜𝐨𝐦" as an email address. Every finding is mapped back, so its span
 * indexes the caller's original text and covers whole code points and combining sequences.
 *
 * <p>One pass over the matching form ({@link ScanContext}) counts its char classes and records its digit runs, its
 * ':', '-' and '.' chars and the trigger words of the detectors ("password", "AKIA", "eyJ", the confidentiality
 * labels...). Detectors then start their patterns only at those positions, so prose without them is read by that
 * pass alone. For most text the same pass also works out the matching form ({@link ScanContext#ofMatchingForm}),
 * so only text with look-alike letters, supplementary code points or chars that NFKC rewrites is read again.
 */
public final class DetectionEngine {

    private static final Comparator<Finding> BY_POSITION = Comparator
            .comparingInt(Finding::start)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::entityType)
            .thenComparing(Finding::detectorId);

    private final List<Detector> detectors;
    // The detectors as an array, which scanAll walks for every string without an iterator.
    private final Detector[] detectorArray;
    private final FindingScorer scorer;

    /**
     * Builds the built-in catalogue plus the operator's detectors from {@code settings}.
     *
     * @throws IllegalArgumentException if the settings tune a detector id that does not exist
     */
    public DetectionEngine(DetectionSettings settings) {
        List<Detector> all = new ArrayList<>(builtIn(settings));
        all.addAll(operatorDetectors(settings.rules()));
        this.detectors = List.copyOf(all);
        this.detectorArray = all.toArray(new Detector[0]);
        this.scorer = new FindingScorer(tuning(settings.rules(), detectorIds()));
    }

    private static List<Detector> builtIn(DetectionSettings settings) {
        return List.of(
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
                new HuggingFaceTokenDetector(),
                new NpmTokenDetector(),
                new PyPiTokenDetector(),
                new DockerHubTokenDetector(),
                new SendGridKeyDetector(),
                new TwilioKeyDetector(),
                new ShopifyTokenDetector(),
                new DigitalOceanTokenDetector(),
                new VaultTokenDetector(),
                new DatabricksTokenDetector(),
                new PostmanKeyDetector(),
                new DiscordWebhookDetector(),
                new TelegramBotTokenDetector(),
                new HttpAuthorizationDetector(),
                new PasswordDetector(),
                new GenericSecretDetector(),
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
                new UkNhsDetector(),
                new EsNifDetector(),
                new EsNieDetector(),
                new ItFiscalCodeDetector(),
                new SgNricDetector(),
                new PlPeselDetector(),
                new FiPersonalIdentityCodeDetector(),
                new BrCpfDetector(),
                new CaSinDetector(),
                new NlBsnDetector(),
                new AuTfnDetector(),
                new AuAbnDetector(),
                new AuMedicareDetector(),
                new FrNirDetector(),
                new DeTaxIdDetector(),
                new CryptoWalletDetector(),
                new MacAddressDetector(),
                new IpAddressDetector(),
                new PhoneNumberDetector(settings.phoneRegions()),
                new UrlDetector(),
                new PersonDetector(settings.personNames()),
                new StreetAddressDetector(),
                new DateOfBirthDetector());
    }

    private static List<Detector> operatorDetectors(DetectionRules rules) {
        List<Detector> operator = new ArrayList<>();
        operator.add(new InternalHostDetector(rules.internalDomains()));
        operator.add(new TicketIdDetector(rules.ticketPrefixes()));
        operator.add(new CanaryTokenDetector(rules.canaryTokens()));
        rules.customPatterns().forEach(pattern -> operator.add(new CustomPatternDetector(pattern)));
        rules.dictionaries().forEach(dictionary -> operator.add(new CustomDictionaryDetector(dictionary)));
        return operator;
    }

    /**
     * Returns the tuning per detector id: the operator's, with each custom pattern's context words added, after
     * checking that every tuned id names a detector.
     */
    private static Map<String, DetectorTuning> tuning(DetectionRules rules, List<String> ids) {
        for (String tuned : rules.tuning().keySet()) {
            if (!tuned.equals(DetectionRules.ALL_DETECTORS) && !ids.contains(tuned)) {
                throw new IllegalArgumentException("detector '" + tuned + "' does not exist; tune one of " + ids
                        + " or '" + DetectionRules.ALL_DETECTORS + "' for all");
            }
        }
        Map<String, DetectorTuning> tuning = new HashMap<>(rules.tuning());
        DetectorTuning fallback = tuning.getOrDefault(DetectionRules.ALL_DETECTORS, DetectorTuning.DEFAULT);
        for (CustomPattern pattern : rules.customPatterns()) {
            String id = CustomPatternDetector.ID_PREFIX + pattern.name();
            DetectorTuning base = tuning.getOrDefault(id, fallback);
            List<String> words = new ArrayList<>(base.contextWords());
            words.addAll(pattern.contextWords());
            tuning.put(id, new DetectorTuning(base.threshold(), base.allow(), words, base.negativeContextWords()));
        }
        return tuning;
    }

    /**
     * Returns non-overlapping findings sorted by start offset, or an empty list for null or empty text. Context
     * words have adjusted each score, and findings below their detector's threshold or on its allow-list are gone.
     * Every whole-word repeat of a person name found in the text is a finding too ({@link RepeatedNames}).
     */
    public List<Finding> scan(String text) {
        List<Finding> raw = scanAll(text);
        if (raw.isEmpty()) {
            return raw;
        }
        List<Finding> resolved = OverlapResolver.resolve(scorer.apply(text, raw));
        return RepeatedNames.add(text, resolved, RepeatedNames.namesIn(text, resolved));
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
        // Most text is in matching form, or differs from it by chars replaced one for one; the pass then finds
        // that form on its way. Other text is normalised first and scanned afterwards.
        ScanContext context = ScanContext.ofMatchingForm(text);
        NormalizedText normalized;
        if (context != null) {
            normalized = NormalizedText.sameOffsets(text, context.text());
        } else {
            normalized = NormalizedText.of(text);
            context = ScanContext.of(normalized.text());
        }
        for (Detector detector : detectorArray) {
            if (detector.mayMatch(context)) {
                detector.detect(context, findings);
            }
        }
        normalized.mapToOriginal(findings);
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
