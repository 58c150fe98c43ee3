package nl.ketenimpact.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import nl.ketenimpact.organisation.CurrentUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Dutch by default, English on request ({@code ?lang=en}, remembered in a cookie); {@link CurrentUser} as a handler argument. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale DUTCH = new Locale("nl");

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageCookie(languageCookie(false), languageCookie(true));
	}

	private static CookieLocaleResolver languageCookie(boolean secure) {
		CookieLocaleResolver resolver = new CookieLocaleResolver("ketenimpact-lang");
		// Pages are Dutch until the user picks English; API clients get English when Accept-Language asks for it.
		resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				&& request.getHeader("Accept-Language") != null && "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : DUTCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		// No script needs it; the language is switched by a link.
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSecure(secure);
		return resolver;
	}

	/**
	 * The language cookie, marked Secure when the request came over TLS (behind the proxy) so that it is never sent
	 * in clear afterwards, and not on plain HTTP (development, where a Secure cookie would not come back).
	 */
	record LanguageCookie(CookieLocaleResolver plain, CookieLocaleResolver secure) implements LocaleResolver {

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return plain.resolveLocale(request);
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			(request.isSecure() ? secure : plain).setLocale(request, response, locale);
		}
	}

	/**
	 * Static files only under their own prefixes (Boot's default maps them at /**, which makes every link on
	 * a page a classpath lookup when Thymeleaf encodes it: the project page spent most of its time there).
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
		registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/");
		// The field forms' service worker must sit at the root to control the pages; the manifest makes the site installable.
		registry.addResourceHandler("/sw.js", "/manifest.webmanifest").addResourceLocations("classpath:/static/");
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

	/** The manifest's own type (RFC-less, but what browsers expect), not application/octet-stream. */
	@Override
	public void configureContentNegotiation(org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer configurer) {
		configurer.mediaType("webmanifest", org.springframework.http.MediaType.valueOf("application/manifest+json"));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new HandlerInterceptor() {
			/** A form shown again because of bad input answers 400, like the API does; the page itself is the same. */
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
				if (view != null && view.getViewName() != null && !view.getViewName().startsWith("redirect:") && response.getStatus() == 200
						&& view.getModel().values().stream().anyMatch(v -> v instanceof BindingResult result && result.hasErrors())) {
					response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				}
			}
		});
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {
			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return CurrentUser.class.equals(parameter.getParameterType());
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
					WebDataBinderFactory binderFactory) {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
					return user;
				}
				throw new AuthenticationCredentialsNotFoundException("not signed in");
			}
		});
	}
}
