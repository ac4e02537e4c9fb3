package dev.sluice.detection;

import dev.sluice.bench.Corpus;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Times the engine's first step over a whole corpus: the matching form ({@link NormalizedText#of}) next to the
 * full-width folding it replaced ({@link TextChars#foldFullWidth}). The difference is what normalisation adds to
 * {@code ScanBenchmark.engine}, measured without the detectors' time and its noise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class NormalizationBenchmark {

    @Param({"dense", "sparse"})
    public String corpus;

    private List<String> records;

    @Setup(Level.Trial)
    public void setUp() {
        records = Corpus.named(corpus).records();
    }

    @Benchmark
    public void matchingForm(Blackhole blackhole) {
        for (String record : records) {
            blackhole.consume(NormalizedText.of(record).text());
        }
    }

    @Benchmark
    public void foldFullWidth(Blackhole blackhole) {
        for (String record : records) {
            blackhole.consume(TextChars.foldFullWidth(record));
        }
    }
}
