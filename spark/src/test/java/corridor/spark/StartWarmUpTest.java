package corridor.spark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link StartWarmUp}: begun when bin/corridor-spark starts the JVM, not under spark-submit or when turned off; ended by await. */
class StartWarmUpTest {

    private static boolean running() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals(StartWarmUp.THREAD_NAME) && thread.isAlive());
    }

    @Test
    void runsBesideTheCommandLineAndHasEndedWhenAwaited() {
        StartWarmUp warmUp = StartWarmUp.begin();
        assertThat(warmUp.started()).isTrue();
        warmUp.await();
        assertThat(running()).isFalse();
    }

    @Test
    void isNotBegunUnderSparkSubmit() {
        assertNotBegunWith("spark.master", "spark://127.0.0.1:7077");
    }

    @Test
    void isNotBegunWhenTurnedOff() {
        assertNotBegunWith("corridor.spark.startWarmUp", "false");
    }

    private static void assertNotBegunWith(String property, String value) {
        String before = System.getProperty(property);
        System.setProperty(property, value);
        try {
            StartWarmUp warmUp = StartWarmUp.begin();
            assertThat(warmUp.started()).isFalse();
            assertThat(running()).isFalse();
            warmUp.await();
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }
}
