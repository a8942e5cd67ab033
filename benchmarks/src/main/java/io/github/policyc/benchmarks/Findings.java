package io.github.policyc.benchmarks;

import io.github.policyc.PolicyCompiler;
import io.github.policyc.check.report.ConsoleReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints every finding of every policy of a set, in the console format, policies in name order: the
 * oracle for speed work, whose output must not change ({@code findings M/policyc > before.txt}, change,
 * again, {@code diff}).
 */
final class Findings {

    private Findings() {
    }

    static void run(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("findings MODELS");
        }
        List<Path> models;
        try (Stream<Path> entries = Files.list(Path.of(args[0]))) {
            models = entries.map(entry -> entry.resolve(PolicyCompiler.POLICY_FILE)).filter(Files::isRegularFile)
                    .sorted().toList();
        }
        PolicyCompiler compiler = PolicyCompiler.create();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (Path model : models) {
            compiler.check(model).findings().forEach(finding -> ConsoleReport.lines(finding).forEach(out::println));
        }
        out.flush();
    }
}
