package app.receipts.testing;

import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/** Plays Slack's side of a Socket Mode connection on loopback. */
public final class FakeSocketSlack extends WebSocketServer {
  public final BlockingQueue<String> received = new ArrayBlockingQueue<>(100);
  public final CountDownLatch connected = new CountDownLatch(1);
  public final CountDownLatch listening = new CountDownLatch(1);
  public volatile WebSocket socket;

  public FakeSocketSlack() {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
  }

  /** Makes apps.connections.open on the fake Web API hand out this socket. */
  public void offerVia(FakeSlack slack) {
    slack.respond(
        "apps.connections.open",
        call ->
            FakeSlack.Reply.ok("{\"ok\":true,\"url\":\"ws://127.0.0.1:" + getPort() + "/link\"}"));
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    socket = conn;
    conn.send(
        "{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},\"connection_info\":{\"app_id\":\"A0001\"}}");
    connected.countDown();
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

  @Override
  public void onMessage(WebSocket conn, String message) {
    received.add(message);
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {}

  @Override
  public void onStart() {
    listening.countDown();
  }
}
