package dev.sluice.policy;

import java.util.Set;

/**
 * One vendor, the topic it reads, and the lab projects whose records it receives.
 */
public record VendorRoute(String name, String topic, Set<String> projects) {

    public VendorRoute {
        projects = Set.copyOf(projects);
    }

    public boolean receives(String project) {
        return project != null && projects.contains(project);
    }
}
