package io.github.policyc.benchmarks;

import io.github.policyc.PolicyCompiler;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The in-process pipeline of a set of policies: {@link PolicyCompiler#buildAll} (load, check, render and
 * write every policy) timed in this JVM, without Maven. The first run is cold, as in a Maven build; the
 * median of the others shows the warm cost.
 */
final class PipelineTimer {

    private PipelineTimer() {
    }

    static void run(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("pipeline MODELS OUTPUT [--runs 5] [--threads N]");
        }
        Path models = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int runs = 5;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PolicyCompiler compiler = PolicyCompiler.create().withThreads(threads);
        double[] seconds = new double[runs];
        int files = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            files = compiler.buildAll(models, output).files();
            seconds[i] = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "run %d: %.3f s%n", i + 1, seconds[i]);
        }
        double first = seconds[0];
        double[] warm = Arrays.copyOfRange(seconds, Math.min(1, runs - 1), runs);
        Arrays.sort(warm);
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        System.out.printf(Locale.ROOT, "pipeline %s: %d files, %d threads, first (cold) %.3f s, warm median %.3f s,"
                        + " max heap %d MiB, GC %.2f s in all%n", models, files, threads, first, warm[warm.length / 2],
                Runtime.getRuntime().maxMemory() >> 20, gc / 1e3);
    }
}
