package io.github.policyc.diff;

import io.github.policyc.model.PolicyModel;
import io.github.policyc.testing.Models;
import java.nio.file.Path;
import java.util.List;

/** Two versions of a small policy for change tests: a base model and precise edits to it. */
final class Versions {

    /** A small policy that uses every part the change detector compares. */
    static final String BASE = """
            policy:
              id: test
              title: Privacy Policy
              version: "1"
              effective: 2024-03-01
            controller:
              name: Test Widgets Ltd
              companyNumber: "01234567"
              address: [1 High Street, Bolton, BL1 1AA]
              contact: privacy
            contacts:
              privacy: { role: Privacy team, email: privacy@test.example }
              dpo: { role: Data Protection Officer, email: dpo@test.example }
            dataSubjects:
              customers: { label: Customers }
            dataCategories:
              name: { label: Name }
              email: { label: Email address }
              health: { label: Health information, special: true }
            purposes:
              orders:
                title: Orders
                description: We use your details to deliver your order.
                subjects: [customers]
                categories: [name, email]
                lawfulBasis: contract
                retention: { period: P24M, trigger: after your last order }
                recipients: [courier]
            recipients:
              courier: { name: Courier, role: processor, countries: [GB] }
            rights:
              access: { description: You can ask for a copy of your data., contact: privacy }
            cookies:
              - name: session
                category: strictly-necessary
                duration: session
            sections:
              - id: intro
                title: Introduction
                body: |
                  This policy explains how we use your data.
            """;

    private Versions() {
    }

    /**
     * Replaces text that must be there, once: an edit that matched nothing would leave the versions equal
     * and the test proving nothing.
     */
    static String edit(String yaml, String from, String to) {
        int at = yaml.indexOf(from);
        if (at < 0 || yaml.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("the model must contain this once: " + from);
        }
        return yaml.substring(0, at) + to + yaml.substring(at + from.length());
    }

    /** The changes from {@code older} to {@code newer}, each version loaded from its own directory. */
    static VersionChanges between(Path dir, String older, String newer) {
        PolicyModel before = Models.load(dir.resolve("older"), older);
        PolicyModel after = Models.load(dir.resolve("newer"), edit(newer, "version: \"1\"", "version: \"2\""));
        return new PolicyDiff().between(before, after);
    }

    /** Changes as {@code kind | subject | summary | material?}, the way the tests spell them out. */
    static List<String> spelled(VersionChanges changes) {
        return changes.changes().stream().map(Versions::spelled).toList();
    }

    static String spelled(Change change) {
        return change.kind() + " | " + change.subject() + " | " + change.summary() + (change.material() ? " | material" : "");
    }
}
