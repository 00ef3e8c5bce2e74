package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthEndpointsTest {
  @TempDir Path dir;

  @Test
  void healthAndReadyAnswerForLoadBalancersWithoutLearnerData() {
    try (TestServer server = TestServer.withSheets(dir, "good")) {
      WebClient b = new WebClient(server.base());
      HttpResponse<String> health = b.get("/health");
      HttpResponse<String> ready = b.get("/ready");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).isEqualTo("ok\n");
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(ready.body()).isEqualTo("ready\n");
      for (HttpResponse<String> r : java.util.List.of(health, ready)) {
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
      }
    }
  }
}
