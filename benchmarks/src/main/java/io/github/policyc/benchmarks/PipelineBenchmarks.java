package io.github.policyc.benchmarks;

import io.github.policyc.check.CheckReport;
import io.github.policyc.check.Checker;
import io.github.policyc.check.Rules;
import io.github.policyc.load.LoadedPolicy;
import io.github.policyc.load.ModelException;
import io.github.policyc.load.PolicyLoader;
import io.github.policyc.publish.Site;
import io.github.policyc.render.SiteRenderer;
import io.github.policyc.render.html.HtmlPages;
import io.github.policyc.render.json.JsonExporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The stages of the pipeline on one generated policy of workload S (50 sections, 10 cookies), and the
 * cookie page of a policy with 5,000 cookies: average time per call, warm. Run from the benchmarks jar:
 * {@code java -jar policyc-benchmarks.jar jmh PipelineBenchmarks}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmarks {

    /** One generated policy of each kind, written to a temporary directory and loaded once. */
    @State(Scope.Benchmark)
    public static class Policies {
        Path directory;
        Path model;
        LoadedPolicy policy;
        LoadedPolicy cookies;
        PolicyLoader loader;

        @Setup(Level.Trial)
        public void generate() throws IOException, ModelException {
            directory = Files.createTempDirectory("policyc-jmh");
            new PolicySetGenerator(Workload.S, 42).write(directory.resolve("s"));
            new PolicySetGenerator(Workload.COOKIES, 42).write(directory.resolve("cookies"));
            loader = PolicyLoader.create().withDisplayRoot(directory);
            model = directory.resolve("s/policyc/brand-0000/policy.yaml");
            policy = loader.read(model);
            cookies = loader.read(directory.resolve("cookies/policyc/brand-0000/policy.yaml"));
        }
    }

    /** The checks of one rule family (PC1 duplicated text … PC7 cookies), by the first digits of the ids. */
    @State(Scope.Benchmark)
    public static class Family {
        @Param({"PC1", "PC2", "PC3", "PC4", "PC5", "PC6", "PC7", "all"})
        String family;
        Checker checker;

        @Setup(Level.Trial)
        public void select() {
            checker = family.equals("all") ? Checker.create() : Checker.create().withRules(
                    Rules.all().stream().filter(r -> r.info().id().startsWith(family)).toList());
        }
    }

    /** Loading: the YAML, the 50 included Markdown files, binding and references. */
    @Benchmark
    public LoadedPolicy load(Policies policies) throws ModelException {
        return policies.loader.read(policies.model);
    }

    @Benchmark
    public CheckReport check(Policies policies, Family family) {
        return family.checker.check(policies.policy);
    }

    /** One policy page: the privacy policy with its 46 sections, purposes, tables and rights. */
    @Benchmark
    public String privacyPage(Policies policies) {
        return HtmlPages.privacyPolicy(policies.policy.model());
    }

    /** The cookie page of 5,000 cookies and the policy's JSON. */
    @Benchmark
    public int cookiePageAndJson5000(Policies policies) {
        return HtmlPages.cookiePolicy(policies.cookies.model()).length()
                + JsonExporter.write(policies.cookies.model()).length();
    }

    /** Every file of one policy's site: both pages twice (at the root and under versions/), JSON, TILT, feed. */
    @Benchmark
    public Site site(Policies policies) {
        return SiteRenderer.render(policies.policy.model());
    }
}
