package org.steppebrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow request bodies (a slowloris on POST): 300 connections from one address, each announcing a
 * 1,000-byte body and trickling it. A normal GET from another address still answers within 1 s.
 * Everything stays on the loopback interface; the other address is 127.0.0.2, which Linux routes to
 * loopback too.
 */
class SlowClientTest {
  private static final int SLOW_CONNECTIONS = 300;

  @TempDir Path dir;
  private TestServer server;
  private final List<Socket> slow = new ArrayList<>();

  @BeforeEach
  void start() {
    server = TestServer.withSheets(dir, "good");
  }

  @AfterEach
  void stop() throws IOException {
    for (Socket s : slow) {
      s.close();
    }
    server.close();
  }

  private int port() {
    return URI.create(server.base()).getPort();
  }

  @Test
  void threeHundredSlowBodiesDoNotStopANormalRequest() throws Exception {
    // Warm: the first render of a page loads templates, which is not what this measures.
    assertThat(getFrom("127.0.0.2", "/sources")).startsWith("HTTP/1.1 200");
    int opened = 0;
    for (int i = 0; i < SLOW_CONNECTIONS; i++) {
      Socket s = new Socket();
      slow.add(s);
      try {
        s.connect(new InetSocketAddress("127.0.0.1", port()), 2000);
        OutputStream out = s.getOutputStream();
        out.write(
            ("POST /resume HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 1000\r\n\r\nc")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        opened++; // accepted; the server may close it right after
      } catch (IOException refused) {
        // The server may close extra connections from one address at once: that is the point.
      }
    }
    // One more byte on each, as a slowloris does every few seconds.
    Thread.sleep(2000);
    for (Socket s : slow) {
      try {
        s.getOutputStream().write('o');
      } catch (IOException closed) {
        // closed by the server
      }
    }

    long started = System.nanoTime();
    String answer = getFrom("127.0.0.2", "/sources");
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "SlowClientTest: %d slow-body connections attempted, a normal GET from another address took %d ms%n",
        opened, millis);
    assertThat(answer).startsWith("HTTP/1.1 200");
    assertThat(millis).isLessThan(1000);
  }

  @Test
  void aBodyTrickledBelowTheMinimumRateIsCutOff() throws Exception {
    try (Socket s = new Socket("127.0.0.1", port())) {
      s.setSoTimeout(60_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST /resume HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: application/x-www-form-urlencoded\r\n"
                  + "Content-Length: 1000\r\n\r\nc")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      // A byte a second, for at most 40 s: the server must end it long before the body is done.
      String answer = "";
      for (int i = 0; i < 40 && answer.isEmpty(); i++) {
        Thread.sleep(1000);
        try {
          out.write('o');
          out.flush();
        } catch (IOException closed) {
          answer = "closed";
          break;
        }
        if (in.available() > 0) {
          answer = new String(in.readNBytes(in.available()), StandardCharsets.UTF_8);
        }
      }
      assertThat(answer).as("the server answered or closed the slow body").isNotEmpty();
      assertThat(answer).doesNotStartWith("HTTP/1.1 2").doesNotStartWith("HTTP/1.1 5");
    }
  }

  private String getFrom(String localAddress, String path) throws IOException {
    try (Socket s = new Socket()) {
      s.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
      s.connect(new InetSocketAddress("127.0.0.1", port()), 5000);
      s.setSoTimeout(5000);
      s.getOutputStream()
          .write(
              ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
