package nl.ketenimpact.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures that never reached a controller (an unknown path, a refused CSRF token): problem+json
 * under {@code /api}, the error page everywhere else.
 */
@Controller
class ErrorPageController implements ErrorController {

	/** A request attribute with the message key the error page shows, for failures refused before a controller. */
	static final String MESSAGE_KEY = ErrorPageController.class.getName() + ".messageKey";

	private final ProblemWriter problems;

	ErrorPageController(ProblemWriter problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = HttpStatus.resolve(code instanceof Integer value ? value : 500);
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String key = switch (status.value()) {
			case 404 -> "error.notFound";
			case 403 -> "access.denied";
			case 401 -> "problem.unauthorized";
			default -> status.is4xxClientError() ? "error.badRequest" : "error.unexpected";
		};
		if (request.getAttribute(MESSAGE_KEY) instanceof String given) {
			key = given;
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
			String apiKey = switch (key) {
				case "error.notFound" -> "problem.notFound";
				case "error.unexpected" -> "problem.unexpected";
				default -> key;
			};
			problems.write(path, request, response, status.value(), apiKey);
			return null;
		}
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("messageKey", key);
		return page;
	}
}
