package nl.ketenimpact.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.res.StringManager;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Errors Tomcat answers itself, before the application sees the request (an encoded slash or a NUL in the path, a
 * header too large or not ASCII): under {@code /api/} they are {@code application/problem+json} like every other API
 * error, elsewhere Tomcat's short page without its version.
 */
@Configuration(proxyBeanMethods = false)
class TomcatErrorConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		return factory -> factory.addContextCustomizers(context -> {
			Container host = context.getParent();
			if (host instanceof StandardHost standardHost) {
				standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		});
	}

	/** Tomcat's error report, as problem+json for the API. Public with a public constructor: Tomcat creates it by name. */
	public static class ProblemErrorReportValve extends ErrorReportValve {

		public ProblemErrorReportValve() {
			setShowServerInfo(false);
			setShowReport(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			String uri = request.getRequestURI();
			if (status < 400 || uri == null || !uri.startsWith("/api/")) {
				super.report(request, response, throwable);
				return;
			}
			if (response.isCommitted() && response.getContentWritten() > 0) {
				return;
			}
			try {
				response.resetBuffer(true);
				response.setContentType("application/problem+json");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				String title = StringManager.getManager(ErrorReportValve.class).getString("http." + status + ".reason");
				if (title == null || title.startsWith("Cannot find message")) {
					title = status < 500 ? "Bad Request" : "Internal Server Error";
				}
				String detail = status < 500 ? "The request could not be read: its path, a header or a parameter is not valid. / "
						+ "Het verzoek kon niet worden gelezen: het pad, een header of een parameter is ongeldig." : "Unexpected error.";
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write("{\"title\":\"" + json(title) + "\",\"status\":" + status + ",\"detail\":\"" + json(detail) + "\"}");
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ignored) {
				// The client is gone or the response cannot be written any more: nothing left to report to.
			}
		}

		private static String json(String text) {
			return text.replace("\\", "\\\\").replace("\"", "\\\"");
		}
	}
}
