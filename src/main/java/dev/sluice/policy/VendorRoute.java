package dev.sluice.policy;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

import dev.sluice.policy.vendor.VendorPolicy;

/**
 * One vendor, the topic it reads, the lab projects whose records it receives, and the policy that decides what
 * of each record it gets.
 *
 * @param policyDirectory directory of the policy file, against which the policy's keyset files are resolved
 */
public record VendorRoute(String name, String topic, Set<String> projects, VendorPolicy policy,
        Path policyDirectory) {

    public VendorRoute {
        projects = Set.copyOf(projects);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(policyDirectory, "policyDirectory");
    }

    public boolean receives(String project) {
        return project != null && projects.contains(project);
    }
}
