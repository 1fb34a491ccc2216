package jp.suishin.account;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor of the running application over real HTTP, with a cookie jar of its own that
 * keeps every cookie (also {@code Secure} ones, which the JDK's cookie manager would not
 * send over plain http to a server that believes it is behind TLS), optionally coming
 * through a proxy that names the client's address and scheme ({@code X-Forwarded-For},
 * {@code X-Forwarded-Proto}).
 */
final class HttpVisitor {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final URI base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String forwardedFor;

	private String forwardedProto;

	private String bearer;

	HttpVisitor(int port) {
		this.base = URI.create("http://localhost:" + port);
	}

	/** Requests come through a proxy that says the client is at this address. */
	HttpVisitor from(String address) {
		this.forwardedFor = address;
		return this;
	}

	/** Requests come through a proxy that says the client used https. */
	HttpVisitor overHttps() {
		this.forwardedProto = "https";
		return this;
	}

	/** Every request carries {@code Authorization: Bearer …}. */
	HttpVisitor withToken(String token) {
		this.bearer = token;
		return this;
	}

	Map<String, String> cookies() {
		return cookies;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(request(path).GET());
	}

	/**
	 * Posts a form as a browser would, without a CSRF token unless the fields have one.
	 */
	HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		String form = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/** The CSRF token of the form on a page (read with this visitor's session). */
	String csrfOf(String path) throws IOException, InterruptedException {
		Matcher csrf = CSRF.matcher(get(path).body());
		if (!csrf.find()) {
			throw new AssertionError("no CSRF token on " + path);
		}
		return csrf.group(1);
	}

	/** Fills in the sign-in form: the answer to the form's POST. */
	HttpResponse<String> signIn(String login, String password) throws IOException, InterruptedException {
		String csrf = csrfOf("/login");
		return post("/login", Map.of("username", login, "password", password, "_csrf", csrf));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
		if (!cookies.isEmpty()) {
			request.header("Cookie",
					cookies.entrySet()
						.stream()
						.map(e -> e.getKey() + "=" + e.getValue())
						.collect(Collectors.joining("; ")));
		}
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		List<String> set = response.headers().allValues("set-cookie");
		for (String cookie : set) {
			String pair = cookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals).strip();
			String value = pair.substring(equals + 1).strip();
			if (value.isEmpty() || cookie.toLowerCase().contains("max-age=0")) {
				cookies.remove(name);
			}
			else {
				cookies.put(name, value);
			}
		}
		return response;
	}

}
