package io.argowf.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny HTTP/1.1 server for what WireMock cannot do (drop a connection mid-chunk, act as a proxy):
 * answers the n-th connection with the n-th raw script, then closes it (the last one stays open),
 * and records each request line.
 */
final class ScriptedServer implements AutoCloseable {
  final List<String> requestLines = new ArrayList<>();
  private final ServerSocket socket = new ServerSocket(0);
  private final List<Socket> open = new ArrayList<>();

  ScriptedServer(String... scripts) throws IOException {
    Thread t = new Thread(() -> serve(scripts), "scripted-server");
    t.setDaemon(true);
    t.start();
  }

  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private void serve(String[] scripts) {
    try {
      for (int i = 0; i < scripts.length; i++) {
        Socket s = socket.accept();
        StringBuilder head = new StringBuilder();
        var in = s.getInputStream();
        while (!head.toString().endsWith("\r\n\r\n")) {
          int b = in.read();
          if (b < 0) {
            break;
          }
          head.append((char) b);
        }
        synchronized (requestLines) {
          requestLines.add(head.toString().split("\r\n")[0]);
        }
        OutputStream out = s.getOutputStream();
        out.write(scripts[i].getBytes(StandardCharsets.UTF_8));
        out.flush();
        if (i < scripts.length - 1) {
          s.close();
        } else {
          open.add(s);
        }
      }
    } catch (IOException closed) {
      // test over
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket s : open) {
      s.close();
    }
  }
}
