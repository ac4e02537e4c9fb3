package dev.sluice.bench;

import com.gliwka.hyperscan.wrapper.CompileErrorException;
import com.gliwka.hyperscan.wrapper.Database;
import com.gliwka.hyperscan.wrapper.Expression;
import com.gliwka.hyperscan.wrapper.ExpressionFlag;
import com.gliwka.hyperscan.wrapper.Scanner;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.sluice.detection.DetectionEngine;
import dev.sluice.detection.DetectionSettings;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scans a whole corpus per operation with the detection engine, with the ten basic RE2/J patterns one after
 * another, and with the same ten patterns compiled into one Hyperscan database. The primary score is corpus
 * passes per second. The {@code bytes} counter is UTF-8 bytes per second, so MB/s is that value divided by 10^6.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScanBenchmark {

    @Param({"dense", "sparse"})
    public String corpus;

    private List<String> records;
    private long corpusBytes;
    private DetectionEngine engine;
    private List<Pattern> re2Patterns;
    private Database hyperscanDatabase;
    private Scanner hyperscanScanner;

    /** UTF-8 bytes scanned; JMH reports it per second next to the primary score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Processed {
        public long bytes;
    }

    @Setup(Level.Trial)
    public void setUp() throws CompileErrorException {
        Corpus generated = Corpus.named(corpus);
        records = generated.records();
        corpusBytes = generated.utf8Bytes();
        engine = new DetectionEngine(DetectionSettings.defaults());

        re2Patterns = new ArrayList<>();
        List<Expression> expressions = new ArrayList<>();
        for (int id = 0; id < BasicPatterns.ALL.size(); id++) {
            BasicPatterns.NamedPattern pattern = BasicPatterns.ALL.get(id);
            re2Patterns.add(Pattern.compile(pattern.re2()));
            EnumSet<ExpressionFlag> flags = EnumSet.of(ExpressionFlag.UTF8);
            if (pattern.hyperscanStartOffsets()) {
                flags.add(ExpressionFlag.SOM_LEFTMOST);
            }
            expressions.add(new Expression(pattern.hyperscan(), flags, id));
        }
        hyperscanDatabase = Database.compile(expressions);
        hyperscanScanner = new Scanner();
        hyperscanScanner.allocScratch(hyperscanDatabase);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        hyperscanScanner.close();
        hyperscanDatabase.close();
    }

    /** Runs DetectionEngine.scan, as the pipeline does for every string field: all detectors, validation, overlaps. */
    @Benchmark
    public long engine(Processed processed) {
        long findings = 0;
        for (String record : records) {
            findings += engine.scan(record).size();
        }
        processed.bytes += corpusBytes;
        return findings;
    }

    /** Runs a find() loop of each of the ten RE2/J patterns over every record, without validation. */
    @Benchmark
    public long naiveRe2(Processed processed) {
        long matches = 0;
        for (String record : records) {
            for (Pattern pattern : re2Patterns) {
                Matcher matcher = pattern.matcher(record);
                while (matcher.find()) {
                    matches++;
                }
            }
        }
        processed.bytes += corpusBytes;
        return matches;
    }

    /**
     * Scans every record once with the Hyperscan database of the ten patterns, through the wrapper's public
     * Scanner.scan(Database, String). That call encodes the string to UTF-8 and builds a Match object, with the
     * matched substring, for every report. Hyperscan reports every end offset of every pattern, so it reports
     * more matches than the find() loop.
     */
    @Benchmark
    public long hyperscan(Processed processed) {
        long matches = 0;
        for (String record : records) {
            matches += hyperscanScanner.scan(hyperscanDatabase, record).size();
        }
        processed.bytes += corpusBytes;
        return matches;
    }
}
