package org.fcsim.report;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fcsim.scenario.FloorMap;
import org.fcsim.stats.Replay;

/**
 * The report's replay: a window of one replication drawn on a canvas, frame by frame, with
 * play/pause, speed and a time slider. Self-contained: the frames travel in the page (positions
 * as little-endian 16-bit tenths of a cell, states as bytes, both base64), the player is a few
 * lines of script. Drive units are coloured by state (a brown core while carrying a pod), each
 * station shows the pods there, the side panel counts people by what they are doing and the
 * arms picking. The script publishes {@code data-replay-frames} and checksums of the first and
 * last frames on the page's body, for a browser test.
 */
final class ReplaySection {
  private ReplaySection() {}

  static String html(Replay r, FloorMap plan) {
    if (r == null || r.frames() == 0) {
      return "";
    }
    ByteBuffer xy = ByteBuffer.allocate(r.xy().length * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : r.xy()) {
      xy.putShort((short) Math.round(v * 10));
    }
    String kinds = plan != null && plan.width() == r.planWidth() && plan.height() == r.planHeight()
        ? java.util.Arrays.stream(plan.kinds()).map(k -> Character.toString('a' + k.ordinal())).collect(Collectors.joining())
        : "";
    String data = "{\"frames\":" + r.frames() + ",\"units\":" + r.units() + ",\"w\":" + r.planWidth() + ",\"h\":"
        + r.planHeight() + ",\"dx\":" + r.dx() + ",\"dy\":" + r.dy() + ",\"start\":" + num(r.startSec()) + ",\"step\":"
        + num(r.stepSec()) + ",\"states\":" + strings(r.unitStates()) + ",\"xy\":\""
        + Base64.getEncoder().encodeToString(xy.array()) + "\",\"st\":\"" + Base64.getEncoder().encodeToString(r.states())
        + "\",\"stations\":" + ints2(r.stationCells()) + ",\"queues\":" + ints(r.queues()) + ",\"activities\":"
        + strings(r.activities()) + ",\"people\":" + ints(r.people()) + ",\"arms\":" + r.arms() + ",\"armsBusy\":"
        + ints(r.armsBusy()) + ",\"kinds\":\"" + kinds + "\"}";
    String caption = String.format(Locale.ROOT, "Level %s, replication %d, %s to %s of simulated time, a frame every %s. "
        + "Drive units by state (a brown core: carrying a pod); at each station the pods there; right: people by what "
        + "they are doing.", r.level(), r.replication() + 1, clock(r.startSec()),
        clock(r.startSec() + (r.frames() - 1) * r.stepSec()), num(r.stepSec()) + " s");
    return "<section id=\"replay\">\n<h2>Replay</h2>\n<p>" + HtmlReport.escape(caption) + "</p>\n"
        + "<div class=\"replay-controls\"><button id=\"replay-play\" type=\"button\">Play</button> "
        + "<label>speed <select id=\"replay-speed\"><option value=\"1\">1×</option><option value=\"10\">10×</option>"
        + "<option value=\"30\" selected>30×</option><option value=\"120\">120×</option></select></label> "
        + "<input id=\"replay-time\" type=\"range\" min=\"0\" max=\"" + (r.frames() - 1) + "\" value=\"0\" /> "
        + "<span id=\"replay-clock\"></span></div>\n<canvas id=\"replay-canvas\"></canvas>\n"
        + "<script type=\"application/json\" id=\"replay-data\">" + data + "</script>\n<script>\n" + PLAYER
        + "</script>\n</section>\n";
  }

  private static String clock(double sec) {
    long s = Math.round(sec);
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }

  private static String num(double v) {
    return PlainNumbers.format(v);
  }

  private static String ints(int[] values) {
    return IntStream.of(values).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
  }

  private static String ints2(int[][] values) {
    return java.util.Arrays.stream(values).map(ReplaySection::ints).collect(Collectors.joining(",", "[", "]"));
  }

  private static String strings(java.util.List<String> values) {
    return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static final String PLAYER = """
      //<![CDATA[
      (function () {
        window.addEventListener('error', function () {
          document.body.dataset.scriptErrors = String(Number(document.body.dataset.scriptErrors || 0) + 1);
        });
        var d = JSON.parse(document.getElementById('replay-data').textContent);
        function bytes(b64) {
          var s = atob(b64), out = new Uint8Array(s.length);
          for (var i = 0; i < s.length; i++) { out[i] = s.charCodeAt(i); }
          return out;
        }
        var xy = new Int16Array(bytes(d.xy).buffer), st = bytes(d.st);
        var cell = Math.max(2, Math.min(12, Math.floor(900 / d.w))), panel = 230;
        var canvas = document.getElementById('replay-canvas'), g = canvas.getContext('2d');
        canvas.width = d.w * cell + panel;
        canvas.height = Math.max(d.h * cell, 90 + 16 * d.activities.length + 14 * d.states.length);
        var kindColour = ['#f4f4f4', '#404040', '#c9a66b', '#1f77b4', '#2ca02c', '#ffbf00', '#d8e4f0',
          '#e8dff5', '#e8dff5', '#e8dff5', '#e8dff5'];
        var stateColour = {IDLE: '#7f7f7f', TO_POD: '#17becf', TO_STATION: '#1f77b4', QUEUED: '#ff7f0e',
          PICKING: '#2ca02c', TO_STORAGE: '#9467bd', TO_CHARGER: '#bcbd22', WAITING_CHARGER: '#e377c2',
          CHARGING: '#ffbf00', FAULTED: '#d62728', IN_REPAIR: '#8c564b'};
        var background = document.createElement('canvas');
        background.width = d.w * cell; background.height = d.h * cell;
        var bg = background.getContext('2d');
        for (var c = 0; c < d.w * d.h; c++) {
          bg.fillStyle = d.kinds ? kindColour[d.kinds.charCodeAt(c) - 97] : '#f4f4f4';
          bg.fillRect((c % d.w) * cell, Math.floor(c / d.w) * cell, cell, cell);
        }
        function clock(sec) {
          var s = Math.round(sec), h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, r = s % 60;
          return h + ':' + (m < 10 ? '0' : '') + m + ':' + (r < 10 ? '0' : '') + r;
        }
        function draw(f) {
          g.fillStyle = '#ffffff'; g.fillRect(0, 0, canvas.width, canvas.height);
          g.drawImage(background, 0, 0);
          for (var u = 0; u < d.units; u++) {
            var k = f * d.units + u, x = xy[2 * k] / 10, y = xy[2 * k + 1] / 10;
            if (x < 0) { continue; }
            var s = st[k], carrying = s >= 64;
            g.fillStyle = stateColour[d.states[s % 64]] || '#000000';
            g.fillRect(x * cell, y * cell, cell, cell);
            if (carrying && cell >= 4) {
              g.fillStyle = '#8b5a2b';
              g.fillRect(x * cell + cell / 4, y * cell + cell / 4, cell / 2, cell / 2);
            }
          }
          g.font = '11px sans-serif'; g.fillStyle = '#000000';
          for (var i = 0; i < d.stations.length; i++) {
            var q = d.queues[f * d.stations.length + i];
            g.fillText(String(q), (d.stations[i][0] + d.dx) * cell, (d.stations[i][1] + d.dy) * cell + cell + 11);
          }
          var px = d.w * cell + 10, n = d.activities.length;
          g.fillText('t = ' + clock(d.start + f * d.step), px, 14);
          g.fillText('people by activity', px, 32);
          for (var a = 0; a < n; a++) {
            var count = d.people[f * n + a] || 0;
            g.fillStyle = '#1f77b4'; g.fillRect(px + 110, 38 + 16 * a, Math.min(100, count), 11);
            g.fillStyle = '#000000'; g.fillText(d.activities[a] + ' ' + count, px, 48 + 16 * a);
          }
          var ly = 48 + 16 * n + 8;
          if (d.arms > 0) {
            g.fillText('arms picking ' + d.armsBusy[f] + ' of ' + d.arms, px, ly);
            ly += 18;
          }
          g.fillText('drive units', px, ly);
          for (var k2 = 0; k2 < d.states.length; k2++) {
            g.fillStyle = stateColour[d.states[k2]] || '#000000';
            g.fillRect(px, ly + 6 + 14 * k2, 10, 10);
            g.fillStyle = '#000000';
            g.fillText(d.states[k2].toLowerCase().replace('_', ' '), px + 16, ly + 15 + 14 * k2);
          }
          document.getElementById('replay-clock').textContent = clock(d.start + f * d.step);
        }
        function checksum() {
          var p = g.getImageData(0, 0, canvas.width, canvas.height).data, h = 0;
          for (var i = 0; i < p.length; i++) { h = (h * 31 + p[i]) >>> 0; }
          return String(h);
        }
        var slider = document.getElementById('replay-time'), play = document.getElementById('replay-play');
        var speed = document.getElementById('replay-speed'), frame = 0, timer = null;
        function show(f) { frame = f; slider.value = String(f); draw(f); }
        slider.addEventListener('input', function () { show(Number(slider.value)); });
        play.addEventListener('click', function () {
          if (timer) { clearInterval(timer); timer = null; play.textContent = 'Play'; return; }
          play.textContent = 'Pause';
          timer = setInterval(function () {
            var next = frame + 1;
            if (next >= d.frames) { clearInterval(timer); timer = null; play.textContent = 'Play'; return; }
            show(next);
          }, Math.max(10, 1000 * d.step / Number(speed.value)));
        });
        show(d.frames - 1);
        var last = checksum();
        show(0);
        document.body.dataset.replayFrames = String(d.frames);
        document.body.dataset.replayFirst = checksum();
        document.body.dataset.replayLast = last;
      })();
      //]]>
      """;
}
