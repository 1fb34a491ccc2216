package jp.suishin;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/**
 * Ports for {@code @WebMvcTest} slices without a mocking framework: an implementation
 * that answers the named methods and refuses every other call, so that a slice fails
 * loudly when its controller starts to need more.
 */
public final class Stubs {

	private Stubs() {
	}

	/** A port the slice's controller must not call. */
	public static <T> T unused(Class<T> port) {
		return answering(port, Map.of());
	}

	/** A port answering the named methods with the functions of their arguments. */
	public static <T> T answering(Class<T> port, Map<String, Function<Object[], Object>> answers) {
		Object stub = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] { port }, (proxy, method, args) -> {
			if (method.getDeclaringClass() == Object.class) {
				if (method.getName().equals("equals")) {
					return proxy == args[0];
				}
				if (method.getName().equals("hashCode")) {
					return System.identityHashCode(proxy);
				}
				return "stub of " + port.getSimpleName();
			}
			Function<Object[], Object> answer = answers.get(method.getName());
			if (answer == null) {
				throw new UnsupportedOperationException(port.getSimpleName() + "." + method.getName() + " in a slice");
			}
			return answer.apply(args == null ? new Object[0] : args);
		});
		return port.cast(stub);
	}

}
