package io.github.policyc.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the loader with arbitrary bytes as {@code policy.yaml}. The invariant: loading either returns a
 * model or throws a {@link ModelException} with located problems; no other exception, and no hang (Jazzer
 * reports a slow input as a timeout when fuzzing).
 *
 * <p>{@code mvn test} runs the inputs in {@code PolicyLoaderFuzzTestInputs/} as regression tests; to fuzz,
 * see the README ("Limits and security model").
 */
class PolicyLoaderFuzzTest {

    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "5m")
    void onlyTheLoadersOwnProblemsEscape(byte[] input) throws IOException {
        Path file = dir.resolve("policy.yaml");
        Files.write(file, input);
        try {
            PolicyLoader.create().withDisplayRoot(dir).load(file);
        } catch (ModelException e) {
            for (Problem problem : e.problems()) {
                if (problem.at().line() < 1 || problem.at().column() < 1) {
                    throw new IllegalStateException("a problem without a usable location: " + problem);
                }
            }
        }
    }
}
