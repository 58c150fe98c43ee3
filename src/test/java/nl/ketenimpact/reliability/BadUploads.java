package nl.ketenimpact.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Uploads that lie or never end, over a raw socket (an HTTP client will not send a wrong Content-Length): a 2 GB
 * upload cut off after a part, a Content-Length far beyond the limit, and a real ZIP bomb named .csv.
 */
final class BadUploads {

	private final int port;

	BadUploads(int port) {
		this.port = port;
	}

	/** Status line and the start of the body, or what happened to the connection. */
	record Answer(int status, String head, long millis) {
	}

	/** Sends the headers and {@code sendBytes} of a body that claims {@code claimedLength}, then closes (or reads the answer). */
	Answer send(String path, String authorization, String contentType, long claimedLength, long sendBytes, boolean cutOff) throws IOException {
		long start = System.nanoTime();
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: " + authorization + "\r\nContent-Type: " + contentType
					+ "\r\nContent-Length: " + claimedLength + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			byte[] rows = "REL-1;0344010000000001;Proefstraat;1;3511AB;Utrecht\n".repeat(1000).getBytes(StandardCharsets.US_ASCII);
			long sent = 0;
			try {
				if (contentType.startsWith("text/csv")) {
					out.write("code;bagIdentificatie;straatnaam;huisnummer;postcode;woonplaats\n".getBytes(StandardCharsets.US_ASCII));
				}
				else {
					out.write("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"groot.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n"
						.getBytes(StandardCharsets.US_ASCII));
				}
				while (sent < sendBytes) {
					out.write(rows);
					sent += rows.length;
				}
				out.flush();
			}
			catch (IOException refusedEarly) {
				// The server answered and closed before the body ended: read what it said.
			}
			if (cutOff) {
				return new Answer(-1, "cut off after " + sent / (1024 * 1024) + " MB", (System.nanoTime() - start) / 1_000_000);
			}
			return read(socket.getInputStream(), start);
		}
	}

	/** Uploads a file as the raw body of a request with a correct length and reads the answer. */
	Answer upload(String path, String authorization, String contentType, byte[] body) throws IOException {
		long start = System.nanoTime();
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: " + authorization + "\r\nContent-Type: " + contentType
					+ "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			return read(socket.getInputStream(), start);
		}
	}

	private static Answer read(InputStream in, long start) throws IOException {
		byte[] head;
		try {
			// What has arrived of the answer (the server may keep the connection open a while): enough for status and headers.
			byte[] buffer = new byte[4096];
			int read = in.read(buffer);
			head = read < 0 ? new byte[0] : java.util.Arrays.copyOf(buffer, read);
		}
		catch (java.net.SocketTimeoutException hung) {
			return new Answer(0, "no answer in 30 s", (System.nanoTime() - start) / 1_000_000);
		}
		String text = new String(head, StandardCharsets.UTF_8);
		int status = text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : 0;
		return new Answer(status, text, (System.nanoTime() - start) / 1_000_000);
	}

	/** A real ZIP bomb: {@code megabytes} of zeros in one entry, a few hundred kilobytes on the wire. */
	static byte[] zipBomb(int megabytes) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(9);
			zip.putNextEntry(new ZipEntry("woningen.csv"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < megabytes; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	/** Resident memory of a process in bytes. */
	static long rss(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
			}
		}
		return -1;
	}
}
