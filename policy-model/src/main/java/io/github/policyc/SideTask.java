package io.github.policyc;

import io.github.policyc.check.CheckException;
import io.github.policyc.load.ModelException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work that may run on a second thread while the caller goes on: a build checks the model while it
 * renders the site, since both only read the loaded model. When the caller needs the result before the
 * thread has started, or when there is no second thread, the caller runs the work itself, so joining
 * never waits for a thread that has nothing to do. Closing waits for work that is running, so no work of
 * a build outlives it.
 */
final class SideTask<T> implements AutoCloseable {

    /** The work, failing as the compiler's stages fail. */
    interface Work<T> {
        T run() throws ModelException, CheckException;
    }

    private final FutureTask<T> task;
    private final Thread thread;

    private SideTask(Work<T> work, boolean concurrently) {
        this.task = new FutureTask<>(work::run);
        this.thread = concurrently ? new Thread(task, "policyc-side-task") : null;
        if (thread != null) {
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Starts {@code work} on a thread of its own when {@code concurrently}; otherwise it runs when joined. */
    static <T> SideTask<T> start(Work<T> work, boolean concurrently) {
        return new SideTask<>(work, concurrently);
    }

    /** The work's result, running it here unless it has started elsewhere; its failure is thrown as it was. */
    T join() throws ModelException, CheckException {
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + thread.getName(), e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    private static RuntimeException rethrown(Throwable failure) throws ModelException, CheckException {
        if (failure instanceof ModelException model) {
            throw model;
        }
        if (failure instanceof CheckException check) {
            throw check;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(failure);
    }

    /** Cancels the work unless it has started; waits for it when it has. */
    @Override
    public void close() {
        task.cancel(false);
        if (thread != null) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
