package io.github.policyc.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildPathsTest {

    @TempDir
    Path project;

    @TempDir
    Path workingDirectory;

    @Test
    void usesTheProjectBaseDirectory() {
        BuildPaths paths = new BuildPaths(project.toFile(), workingDirectory);

        assertThat(paths.basedir()).isEqualTo(project.toAbsolutePath());
    }

    @Test
    void fallsBackToTheWorkingDirectoryWithoutAProject() {
        assertThat(new BuildPaths(null, workingDirectory).basedir()).isEqualTo(workingDirectory.toAbsolutePath());
    }

    @Test
    void fallsBackToTheWorkingDirectoryWhenTheBaseDirectoryIsUnevaluated() {
        File unevaluated = workingDirectory.resolve("${project.basedir}").toFile();

        assertThat(new BuildPaths(unevaluated, workingDirectory).basedir()).isEqualTo(workingDirectory.toAbsolutePath());
    }

    @Test
    void keepsEvaluatedPaths() {
        BuildPaths paths = new BuildPaths(project.toFile(), workingDirectory);
        File model = project.resolve("src/policy/../policy/policy.yaml").toFile();
        File output = workingDirectory.resolve("site").toFile();

        assertThat(paths.model(model)).isEqualTo(project.resolve("src/policy/policy.yaml"));
        assertThat(paths.outputDirectory(output)).isEqualTo(workingDirectory.resolve("site"));
    }

    @Test
    void resolvesRelativePathsAgainstTheBaseDirectory() {
        BuildPaths paths = new BuildPaths(project.toFile(), workingDirectory);

        assertThat(paths.model(new File("model/policy.yaml"))).isEqualTo(project.resolve("model/policy.yaml"));
        assertThat(paths.outputDirectory(new File("out"))).isEqualTo(project.resolve("out"));
    }

    @Test
    void keepsReleasedVersionsBesideTheModelUnlessConfigured() {
        BuildPaths paths = new BuildPaths(project.toFile(), workingDirectory);
        Path model = paths.model(new File("model/policy.yaml"));

        assertThat(paths.historyDirectory(null, model)).isEqualTo(project.resolve("model/history"));
        assertThat(paths.historyDirectory(new File("released"), model)).isEqualTo(project.resolve("released"));
    }

    @Test
    void usesTheDefaultsWhenNothingIsConfigured() {
        BuildPaths paths = new BuildPaths(null, workingDirectory);

        assertThat(paths.model(null)).isEqualTo(workingDirectory.resolve("src/policy/policy.yaml"));
        assertThat(paths.outputDirectory(null)).isEqualTo(workingDirectory.resolve("target/policy"));
    }

    @Test
    void resolvesUnevaluatedDefaultsAsMavenWouldHave() {
        // What Maven hands over without a pom: the default, made absolute against the working directory.
        BuildPaths paths = new BuildPaths(workingDirectory.resolve("${project.basedir}").toFile(), workingDirectory);
        File model = workingDirectory.resolve("${project.basedir}/src/policy/policy.yaml").toFile();
        File output = workingDirectory.resolve("${project.basedir}/target/policy").toFile();

        assertThat(paths.model(model)).isEqualTo(workingDirectory.resolve("src/policy/policy.yaml"));
        assertThat(paths.outputDirectory(output)).isEqualTo(workingDirectory.resolve("target/policy"));
    }

    @Test
    void resolvesAnUnevaluatedBuildDirectory() {
        BuildPaths paths = new BuildPaths(null, workingDirectory);

        assertThat(paths.outputDirectory(new File("${project.build.directory}/policy")))
                .isEqualTo(workingDirectory.resolve("target/policy"));
    }

    @Test
    void showsPathsInsideTheBaseDirectoryRelativeToIt() {
        BuildPaths paths = new BuildPaths(project.toFile(), workingDirectory);

        assertThat(paths.display(project.resolve("target/policy"))).isEqualTo("target/policy");
        assertThat(paths.display(workingDirectory.resolve("site")))
                .isEqualTo(workingDirectory.resolve("site").toString().replace(File.separatorChar, '/'));
    }

    @Test
    void findsThePathOfTheProjectInsideItsRepository(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Path project = Files.createDirectories(repo.resolve("site-src"));

        assertThat(new BuildPaths(project.toFile(), Path.of("")).repositoryPrefix()).isEqualTo("site-src/");
        assertThat(new BuildPaths(repo.toFile(), Path.of("")).repositoryPrefix()).isEmpty();
    }
}
