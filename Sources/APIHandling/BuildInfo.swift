/// The release this build belongs to (overridable at run time with APP_VERSION).
public enum BuildInfo {
    public static let version = "0.1.0"
}
