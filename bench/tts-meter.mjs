// A transparent proxy in front of the ElevenLabs stand-in that counts what the product sends:
// text-to-speech requests in flight (and their peak), and how each was answered. The functions
// reach the stand-in only through it, so the peak is the product's own concurrency, refused
// requests included. GET /_meter reads the counts, POST /_meter/reset clears them; WebSocket
// upgrades (conversations) pass through untouched.
import { createServer, request as httpRequest } from "node:http";
import { connect } from "node:net";

export function startTtsMeter({ port, target }) {
  const upstream = new URL(target);
  const meter = { inFlight: 0, peak: 0, requests: 0, statuses: {}, refusedConcurrency: 0 };
  const reset = () => Object.assign(meter, { peak: meter.inFlight, requests: 0, statuses: {}, refusedConcurrency: 0 });

  const server = createServer((req, res) => {
    if (req.url === "/_meter") return void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(meter));
    if (req.url === "/_meter/reset") {
      reset();
      return void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(meter));
    }
    const tts = req.url.startsWith("/v1/text-to-speech/");
    if (tts) {
      meter.inFlight++;
      meter.requests++;
      meter.peak = Math.max(meter.peak, meter.inFlight);
    }
    let done = false;
    const finish = () => {
      if (!tts || done) return;
      done = true;
      meter.inFlight--;
    };
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        if (tts) {
          meter.statuses[answer.statusCode] = (meter.statuses[answer.statusCode] ?? 0) + 1;
          if (answer.statusCode === 429) meter.refusedConcurrency++;
        }
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
        answer.once("end", finish);
        answer.once("error", finish);
      },
    );
    forward.once("error", () => {
      finish();
      res.destroy();
    });
    res.once("close", () => {
      finish();
      forward.destroy();
    });
    req.pipe(forward);
  });

  server.on("upgrade", (req, socket, head) => {
    const to = connect(Number(upstream.port), upstream.hostname, () => {
      const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      to.write(`${lines.join("\r\n")}\r\n\r\n`);
      if (head.length) to.write(head);
      to.pipe(socket);
      socket.pipe(to);
    });
    const close = () => {
      to.destroy();
      socket.destroy();
    };
    to.once("error", close);
    socket.once("error", close);
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve({ server, meter, close: () => new Promise((r) => { server.close(() => r()); server.closeAllConnections(); }) }));
  });
}
