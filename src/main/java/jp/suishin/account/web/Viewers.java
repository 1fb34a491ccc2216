package jp.suishin.account.web;

import jp.suishin.account.AccountRepository;
import jp.suishin.account.Viewer;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Who is asking, for controllers that declare a {@link Viewer} parameter: the signed-in
 * account with its grants as they are now, or {@link Viewer#PUBLIC}.
 */
@Component
public class Viewers implements HandlerMethodArgumentResolver {

	private static final String ATTRIBUTE = Viewers.class.getName() + ".viewer";

	private final AccountRepository accounts;

	Viewers(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * The viewer of the current request, read once per request (the page header and the
	 * controller both ask).
	 */
	public Viewer current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return load();
		}
		Object known = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (known instanceof Viewer viewer) {
			return viewer;
		}
		Viewer viewer = load();
		request.setAttribute(ATTRIBUTE, viewer, RequestAttributes.SCOPE_REQUEST);
		return viewer;
	}

	private Viewer load() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return accounts.findById(principal.accountId())
				.filter(a -> a.enabled())
				.map(a -> a.asViewer())
				.orElse(Viewer.PUBLIC);
		}
		return Viewer.PUBLIC;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Viewer.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		return current();
	}

}
