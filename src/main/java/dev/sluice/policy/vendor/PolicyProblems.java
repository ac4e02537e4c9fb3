package dev.sluice.policy.vendor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the file and line in front of the problems {@link PolicyChecks} finds after a policy has loaded, so that they
 * read like the loader's own errors: {@code atlas.yaml:27: entities.PHONE_NUMBR: ...}.
 */
public final class PolicyProblems {

    private PolicyProblems() {
    }

    /**
     * Returns each problem ({@code key: message}) of the policy in {@code file} as {@code file:line: key: message},
     * with the line of the key, or of its nearest parent, in the file. A file that cannot be read again keeps only
     * its name.
     */
    public static List<String> located(Path file, List<String> problems) {
        YamlLines lines;
        try {
            lines = YamlLines.of(Files.readAllBytes(file));
        } catch (IOException e) {
            lines = YamlLines.of(new byte[0]);
        }
        List<String> located = new ArrayList<>(problems.size());
        for (String problem : problems) {
            int colon = problem.indexOf(": ");
            int line = colon < 0 ? 0 : lines.lineOf(problem.substring(0, colon));
            located.add((line > 0 ? file + ":" + line : file.toString()) + ": " + problem);
        }
        return located;
    }
}
