package dev.sluice.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.sluice.detection.DetectionSettings;
import dev.sluice.policy.vendor.PolicyChecks;
import dev.sluice.policy.vendor.PolicyException;
import dev.sluice.policy.vendor.PolicyProblems;
import dev.sluice.policy.vendor.VendorPolicy;
import dev.sluice.policy.vendor.VendorPolicyLoader;

/**
 * Loads the policy file each vendor of the pipeline names and checks it against the pipeline: the policy must be
 * written for that vendor, name only entity types and detectors the engine has, and forward only headers the
 * pipeline allows. Field paths are checked per record at run time, because the input schema is not known here. A
 * vendor without a policy file has been reported by the loader and gets no route.
 */
final class VendorPolicies {

    private VendorPolicies() {
    }

    /**
     * Returns the vendor routes with their policies, adding a message to {@code errors} for each policy that is
     * missing or does not fit.
     */
    static List<VendorRoute> attach(List<PipelineDefinitionLoader.VendorFile> vendors, Set<String> forwardHeaders,
            DetectionSettings settings, Set<String> detectorIds, Path baseDirectory, List<String> errors) {
        Set<String> names = new HashSet<>();
        vendors.forEach(vendor -> names.add(vendor.name));
        PolicyChecks checks = PolicyChecks.of(names, settings, detectorIds, forwardHeaders, null);
        List<VendorRoute> routes = new ArrayList<>();
        for (PipelineDefinitionLoader.VendorFile vendor : vendors) {
            if (vendor.policy == null || vendor.policy.isBlank()) {
                continue;
            }
            Path file = baseDirectory.resolve(vendor.policy).normalize();
            VendorPolicy policy;
            try {
                policy = VendorPolicyLoader.load(file);
            } catch (PolicyException e) {
                errors.add("vendor '" + vendor.name + "': " + e.getMessage());
                continue;
            }

            List<String> problems = new ArrayList<>(checks.problems(policy));
            if (!policy.vendor().equals(vendor.name)) {
                problems.add("vendor: the policy is written for '" + policy.vendor() + "'");
            }
            PolicyProblems.located(file, problems).forEach(problem -> errors.add("vendor '" + vendor.name + "': "
                    + problem));
            Path parent = file.toAbsolutePath().getParent();
            routes.add(new VendorRoute(vendor.name, vendor.topic, vendor.projectSet, policy,
                    parent == null ? Path.of(".") : parent));
        }
        return routes;
    }
}
