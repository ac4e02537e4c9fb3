package dev.sluice.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Picks a non-overlapping subset of findings. Findings are taken greedily in rank order, and a finding is kept
 * only if it overlaps no finding kept before it. Rank order: entity priority (secrets and checksum-validated
 * types first), then score, then longer span, then earlier start, then entity type and detector id so that
 * the result never depends on the order in which detectors ran.
 */
final class OverlapResolver {

    private static final Map<String, Integer> PRIORITY = Map.ofEntries(
            Map.entry(EntityTypes.PRIVATE_KEY, 100),
            Map.entry(EntityTypes.JWT, 95),
            Map.entry(EntityTypes.AWS_ACCESS_KEY, 95),
            Map.entry(EntityTypes.AWS_SECRET_KEY, 95),
            Map.entry(EntityTypes.GITHUB_TOKEN, 95),
            Map.entry(EntityTypes.GITLAB_TOKEN, 95),
            Map.entry(EntityTypes.SLACK_TOKEN, 95),
            Map.entry(EntityTypes.SLACK_WEBHOOK, 95),
            Map.entry(EntityTypes.STRIPE_KEY, 95),
            Map.entry(EntityTypes.GOOGLE_API_KEY, 95),
            Map.entry(EntityTypes.OPENAI_API_KEY, 95),
            Map.entry(EntityTypes.ANTHROPIC_API_KEY, 95),
            Map.entry(EntityTypes.AZURE_STORAGE_KEY, 95),
            Map.entry(EntityTypes.AZURE_SAS_TOKEN, 95),
            Map.entry(EntityTypes.HUGGINGFACE_TOKEN, 95),
            Map.entry(EntityTypes.NPM_TOKEN, 95),
            Map.entry(EntityTypes.PYPI_TOKEN, 95),
            Map.entry(EntityTypes.DOCKER_HUB_TOKEN, 95),
            Map.entry(EntityTypes.SENDGRID_API_KEY, 95),
            Map.entry(EntityTypes.TWILIO_API_KEY, 95),
            Map.entry(EntityTypes.SHOPIFY_TOKEN, 95),
            Map.entry(EntityTypes.DIGITALOCEAN_TOKEN, 95),
            Map.entry(EntityTypes.HASHICORP_VAULT_TOKEN, 95),
            Map.entry(EntityTypes.DATABRICKS_TOKEN, 95),
            Map.entry(EntityTypes.POSTMAN_API_KEY, 95),
            Map.entry(EntityTypes.DISCORD_WEBHOOK, 95),
            Map.entry(EntityTypes.TELEGRAM_BOT_TOKEN, 95),
            Map.entry(EntityTypes.BASIC_AUTH, 92),
            // Below the vendor tokens and JWT, so "Bearer <JWT>" and "Bearer ghp_..." keep their specific type.
            Map.entry(EntityTypes.BEARER_TOKEN, 91),
            Map.entry(EntityTypes.PASSWORD, 90),
            Map.entry(EntityTypes.GENERIC_SECRET, 85),
            Map.entry(EntityTypes.CONFIDENTIALITY_LABEL, 80),
            Map.entry(EntityTypes.CREDIT_CARD, 70),
            Map.entry(EntityTypes.IBAN_CODE, 70),
            Map.entry(EntityTypes.CRYPTO, 70),
            Map.entry(EntityTypes.IN_AADHAAR, 65),
            // Checksum-validated national identifiers rank above the phone, SSN and ITIN patterns they may overlap.
            Map.entry(EntityTypes.UK_NHS, 65),
            Map.entry(EntityTypes.ES_NIF, 65),
            Map.entry(EntityTypes.ES_NIE, 65),
            Map.entry(EntityTypes.IT_FISCAL_CODE, 65),
            Map.entry(EntityTypes.SG_NRIC_FIN, 65),
            Map.entry(EntityTypes.PL_PESEL, 65),
            Map.entry(EntityTypes.FI_PERSONAL_IDENTITY_CODE, 65),
            Map.entry(EntityTypes.BR_CPF, 65),
            Map.entry(EntityTypes.CA_SIN, 65),
            Map.entry(EntityTypes.NL_BSN, 65),
            Map.entry(EntityTypes.AU_TFN, 65),
            Map.entry(EntityTypes.AU_ABN, 65),
            Map.entry(EntityTypes.AU_MEDICARE, 65),
            Map.entry(EntityTypes.FR_NIR, 65),
            Map.entry(EntityTypes.DE_TAX_ID, 65),
            Map.entry(EntityTypes.US_ITIN, 60),
            Map.entry(EntityTypes.UK_NINO, 60),
            Map.entry(EntityTypes.IN_PAN, 55),
            Map.entry(EntityTypes.US_SSN, 60),
            Map.entry(EntityTypes.EMAIL_ADDRESS, 60),
            Map.entry(EntityTypes.IP_ADDRESS, 50),
            Map.entry(EntityTypes.MAC_ADDRESS, 50),
            Map.entry(EntityTypes.PHONE_NUMBER, 50),
            // A date found next to a birth keyword is more specific than a phone number read from its digits.
            Map.entry(EntityTypes.DATE_OF_BIRTH, 55),
            Map.entry(EntityTypes.STREET_ADDRESS, 45),
            Map.entry(EntityTypes.CODENAME, 40),
            Map.entry(EntityTypes.PERSON, 35));

    private static final Comparator<RankedFinding> RANK = OverlapResolver::compareRank;

    /** A finding with its entity priority looked up once, so that sorting compares ints. */
    private record RankedFinding(Finding finding, int priority) {
    }

    private OverlapResolver() {
    }

    static int priority(String entityType) {
        return PRIORITY.getOrDefault(entityType, 0);
    }

    /**
     * Compares two findings by rank, the first ranked first: higher priority, higher score, longer span, earlier
     * start, then entity type and detector id.
     */
    private static int compareRank(RankedFinding firstRanked, RankedFinding secondRanked) {
        Finding first = firstRanked.finding();
        Finding second = secondRanked.finding();
        int order = Integer.compare(secondRanked.priority(), firstRanked.priority());
        if (order == 0) {
            order = Double.compare(second.score(), first.score());
        }
        if (order == 0) {
            order = Integer.compare(second.length(), first.length());
        }
        if (order == 0) {
            order = Integer.compare(first.start(), second.start());
        }
        if (order == 0) {
            order = first.entityType().compareTo(second.entityType());
        }
        if (order == 0) {
            order = first.detectorId().compareTo(second.detectorId());
        }
        return order;
    }

    /** Returns the kept findings sorted by start offset. */
    static List<Finding> resolve(List<Finding> candidates) {
        RankedFinding[] ranked = new RankedFinding[candidates.size()];
        for (int i = 0; i < ranked.length; i++) {
            Finding candidate = candidates.get(i);
            ranked[i] = new RankedFinding(candidate, priority(candidate.entityType()));
        }
        Arrays.sort(ranked, RANK);

        // Kept findings never overlap each other, so the nearest kept finding starting at or before a
        // candidate's start and the nearest one starting after it are the only possible conflicts. Two kept
        // findings never share a start, because every span has at least one char.
        List<Finding> kept = new ArrayList<>();
        for (RankedFinding rankedCandidate : ranked) {
            Finding candidate = rankedCandidate.finding();
            int after = firstStartingAfter(kept, candidate.start());
            if (after > 0 && kept.get(after - 1).overlaps(candidate)) {
                continue;
            }
            if (after < kept.size() && kept.get(after).overlaps(candidate)) {
                continue;
            }
            kept.add(after, candidate);
        }
        return kept;
    }

    /** Returns the index of the first finding in {@code kept}, sorted by start, that starts after {@code start}. */
    private static int firstStartingAfter(List<Finding> kept, int start) {
        int low = 0;
        int high = kept.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (kept.get(middle).start() <= start) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
