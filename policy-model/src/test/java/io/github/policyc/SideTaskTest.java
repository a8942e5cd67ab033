package io.github.policyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policyc.load.ModelException;
import io.github.policyc.load.Problem;
import io.github.policyc.model.Location;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SideTaskTest {

    @Test
    void withoutASecondThreadTheWorkRunsInTheCallerWhenJoined() throws Exception {
        AtomicReference<Thread> ranIn = new AtomicReference<>();
        try (SideTask<String> task = SideTask.start(() -> {
            ranIn.set(Thread.currentThread());
            return "done";
        }, false)) {
            assertThat(ranIn).hasValue(null);
            assertThat(task.join()).isEqualTo("done");
        }
        assertThat(ranIn).hasValue(Thread.currentThread());
    }

    @Test
    void concurrentlyTheWorkRunsBesideTheCaller() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch callerWent = new CountDownLatch(1);
        AtomicReference<Thread> ranIn = new AtomicReference<>();
        try (SideTask<String> task = SideTask.start(() -> {
            ranIn.set(Thread.currentThread());
            started.countDown();
            await(callerWent);
            return "done";
        }, true)) {
            // Both run at once: the work waits for the caller, which waits for the work to start.
            await(started);
            callerWent.countDown();
            assertThat(task.join()).isEqualTo("done");
        }
        assertThat(ranIn.get()).isNotEqualTo(Thread.currentThread());
    }

    @ParameterizedTest(name = "concurrently: {0}")
    @ValueSource(booleans = {false, true})
    void aFailureOfTheWorkIsThrownAsItWas(boolean concurrently) {
        ModelException failure = new ModelException(List.of(new Problem(Location.startOf("policy.yaml"), "wrong")));
        try (SideTask<String> task = SideTask.start(() -> {
            throw failure;
        }, concurrently)) {
            assertThatThrownBy(task::join).isSameAs(failure);
        }
        IllegalStateException bug = new IllegalStateException("a bug");
        try (SideTask<String> task = SideTask.start(() -> {
            throw bug;
        }, concurrently)) {
            assertThatThrownBy(task::join).isSameAs(bug);
        }
    }

    @Test
    void closingWaitsForWorkThatHasStartedAndCancelsWorkThatHasNot() {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<String> finished = new AtomicReference<>();
        try (SideTask<String> task = SideTask.start(() -> {
            started.countDown();
            sleep(200);
            finished.set("finished");
            return "done";
        }, true)) {
            await(started);
        }
        assertThat(finished).hasValue("finished");

        AtomicReference<String> ran = new AtomicReference<>();
        try (SideTask<String> task = SideTask.start(() -> {
            ran.set("ran");
            return "done";
        }, false)) {
            assertThat(task).isNotNull();
        }
        assertThat(ran).hasValue(null);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
