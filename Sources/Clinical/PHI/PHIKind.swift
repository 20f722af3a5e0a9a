/// The kinds of protected health information the redactor replaces; the raw value is the placeholder label.
public enum PHIKind: String, Sendable, Codable, CaseIterable {
    case name = "NOMBRE"
    case email = "EMAIL"
    case phone = "TELEFONO"
    case birthDate = "FECHA_NACIMIENTO"
    case address = "DIRECCION"
    case medicalRecord = "EXPEDIENTE"
    case curp = "CURP"
    case rfc = "RFC"
    case cpf = "CPF"
    case rut = "RUT"
    case dni = "DNI"
    case cedula = "CEDULA"
    case ssn = "SSN"

    public var label: String { rawValue }
}
