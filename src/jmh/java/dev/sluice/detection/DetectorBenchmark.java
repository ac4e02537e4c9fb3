package dev.sluice.detection;

import dev.sluice.bench.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Times one detector of the engine over a whole corpus, to show which detectors dominate the engine's time. It
 * sits in the detectors' package because they are package-private. The records are folded as the engine folds
 * them, and the time of folding and of overlap resolution is not included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
public class DetectorBenchmark {

    @Param({"dense", "sparse"})
    public String corpus;

    @Param({"private-key", "jwt", "aws", "github", "gitlab", "slack", "stripe", "google-api-key", "openai",
            "anthropic", "azure-storage", "huggingface", "npm", "pypi", "docker-hub", "sendgrid", "twilio",
            "shopify", "digitalocean", "vault", "databricks", "postman", "discord-webhook", "telegram-bot",
            "http-authorization", "password", "confidentiality-label", "codename",
            "email", "credit-card", "iban", "us-ssn", "us-itin", "uk-nino", "in-aadhaar", "in-pan", "uk-nhs", "es-nif",
            "es-nie", "it-fiscal-code", "sg-nric-fin", "pl-pesel", "fi-personal-identity-code", "br-cpf", "ca-sin",
            "nl-bsn", "au-tfn", "au-abn", "au-medicare", "fr-nir", "de-tax-id", "crypto",
            "mac-address", "ip-address", "phone", "person", "street-address", "date-of-birth", "generic-secret"})
    public String detector;

    private List<String> folded;
    private Detector selected;

    @Setup(Level.Trial)
    public void setUp() {
        // The engine's own list, so the benchmark always measures the detectors the engine runs, in its order.
        List<Detector> all = new DetectionEngine(DetectionSettings.defaults()).detectors();
        selected = all.stream()
                .filter(candidate -> candidate.id().equals(detector))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown detector id '" + detector + "', expected one of "
                        + all.stream().map(Detector::id).toList()));
        folded = new ArrayList<>();
        for (String record : Corpus.named(corpus).records()) {
            folded.add(NormalizedText.of(record).text());
        }
    }

    /** Returns the number of findings, so that the JIT cannot drop the work. */
    @Benchmark
    public int detect() {
        List<Finding> findings = new ArrayList<>();
        int total = 0;
        for (String record : folded) {
            selected.detect(record, findings);
            total += findings.size();
            findings.clear();
        }
        return total;
    }
}
