package io.github.policyc.benchmarks;

import java.util.Arrays;

/**
 * Runs a benchmark by name: {@code java -jar policyc-benchmarks.jar duplicates [options]}, or prints
 * paragraphs of the generated corpus: {@code sample [seed]}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("sample")) {
            DupCorpus corpus = DupCorpus.generate(1000, args.length > 1 ? Long.parseLong(args[1]) : 42);
            corpus.planted().stream().filter(p -> p.edits() > 0).limit(3).forEach(p -> System.out.println(
                    p.edits() + " changed:\n  " + corpus.paragraphs().get(p.original()) + "\n  "
                            + corpus.paragraphs().get(p.copy())));
            corpus.paragraphs().stream().limit(5).forEach(text -> System.out.println("\n" + text));
            return;
        }
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (args.length == 0 ? "" : args[0]) {
            case "duplicates" -> DuplicateBenchmark.run(rest);
            case "generate" -> generate(rest);
            case "pipeline" -> PipelineTimer.run(rest);
            case "findings" -> Findings.run(rest);
            case "jmh" -> org.openjdk.jmh.Main.main(rest);
            default -> {
                System.err.println("""
                        usage: java -jar policyc-benchmarks.jar COMMAND
                          duplicates [--sizes 12500,25000,50000] [--runs 5] [--warmups 3] [--seed 42]
                          sample [seed]
                          generate S|M|L|XL|COOKIES DIRECTORY [seed]   policyc models in DIRECTORY/policyc, Hugo in DIRECTORY/hugo
                          pipeline MODELS OUTPUT [--runs 5] [--threads N]   buildAll in this process, timed
                          findings MODELS                               every finding of every policy of a set, one per line
                          jmh [JMH options]                             the JMH benchmarks (PipelineBenchmarks)""");
                System.exit(2);
            }
        }
    }

    private static void generate(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("generate S|M|L|XL|COOKIES DIRECTORY [seed]");
        }
        Workload workload = Workload.named(args[0]);
        long started = System.nanoTime();
        int files = new PolicySetGenerator(workload, args.length > 2 ? Long.parseLong(args[2]) : 42)
                .write(java.nio.file.Path.of(args[1]));
        System.out.printf(java.util.Locale.ROOT, "Workload %s: %d policies x %d sections, %d cookies in all; %d files"
                        + " in %.1f s%n", workload.name(), workload.policies(), workload.sections(),
                workload.policies() * workload.cookies(), files, (System.nanoTime() - started) / 1e9);
    }
}
