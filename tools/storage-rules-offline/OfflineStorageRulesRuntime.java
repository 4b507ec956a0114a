// A stand-in for the Cloud Storage rules runtime that firebase-tools downloads on first use.
// Offline machines cannot download the real one, and without it the Storage emulator will not
// start. This stand-in speaks the same JSON-lines protocol over stdin/stdout but evaluates
// nothing: every client (rules-checked) request is DENIED. Admin-SDK requests and download-token
// reads never reach a rules runtime, so server-side audio writes and reads work as in production.
// The test runner reports the storage.rules cases as not run whenever this stand-in is in use.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class OfflineStorageRulesRuntime {
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(-?\\d+)");
  private static final Pattern ACTION = Pattern.compile("\"action\"\\s*:\\s*\"([a-z_]+)\"");
  private static final String NOTICE =
      "storage.rules are not evaluated: offline stand-in rules runtime, all client requests denied";

  public static void main(String[] args) throws Exception {
    System.out.println("{\"id\":-1,\"status\":\"ok\"}");
    System.out.flush();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      Matcher id = ID.matcher(line);
      Matcher action = ACTION.matcher(line);
      if (!id.find() || !action.find()) continue;
      String reply;
      if (action.group(1).equals("load_ruleset")) {
        reply = "{\"id\":" + id.group(1) + ",\"status\":\"ok\",\"errors\":[],\"warnings\":[\""
            + NOTICE + "\"],\"result\":{\"rulesVersion\":2}}";
      } else {
        reply = "{\"id\":" + id.group(1) + ",\"status\":\"ok\",\"errors\":[],\"warnings\":[],"
            + "\"result\":{\"permit\":false}}";
      }
      System.out.println(reply);
      System.out.flush();
    }
  }
}
