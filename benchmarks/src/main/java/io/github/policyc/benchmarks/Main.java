package io.github.policyc.benchmarks;

import java.util.Arrays;

/**
 * Runs a benchmark by name: {@code java -jar policyc-benchmarks.jar duplicates [options]}, or prints
 * paragraphs of the generated corpus: {@code sample [seed]}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("sample")) {
            DupCorpus corpus = DupCorpus.generate(1000, args.length > 1 ? Long.parseLong(args[1]) : 42);
            corpus.planted().stream().filter(p -> p.edits() > 0).limit(3).forEach(p -> System.out.println(
                    p.edits() + " changed:\n  " + corpus.paragraphs().get(p.original()) + "\n  "
                            + corpus.paragraphs().get(p.copy())));
            corpus.paragraphs().stream().limit(5).forEach(text -> System.out.println("\n" + text));
            return;
        }
        if (args.length == 0 || !args[0].equals("duplicates")) {
            System.err.println("usage: java -jar policyc-benchmarks.jar duplicates [--sizes 12500,25000,50000]"
                    + " [--runs 5] [--warmups 3] [--seed 42]\n       java -jar policyc-benchmarks.jar sample [seed]");
            System.exit(2);
        }
        DuplicateBenchmark.run(Arrays.copyOfRange(args, 1, args.length));
    }
}
