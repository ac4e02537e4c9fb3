package dev.sluice.detection;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds Docker Hub personal access tokens ({@code dckr_pat_}) and organization access tokens
 * ({@code dckr_oat_}), each followed by 27 to 64 chars of {@code [A-Za-z0-9_-]}.
 */
final class DockerHubTokenDetector extends PrefixedTokenDetector {

    private static final Pattern TOKEN = Pattern.compile("dckr_(?:pat|oat)_[A-Za-z0-9_\\-]{27,64}");
    private static final int MAX_CHARS = 73;

    DockerHubTokenDetector() {
        super("docker-hub", EntityTypes.DOCKER_HUB_TOKEN, List.of("dckr_pat_", "dckr_oat_"), TOKEN, MAX_CHARS);
    }
}
