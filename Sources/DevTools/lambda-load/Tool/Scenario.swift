import Foundation
import LambdaRuntime
import LoadGenerator
import LocalStack

/// Who is in the run: doctors spread over clinics, each clinic with its patients and seeded documents.
struct ScenarioShape {
    static let clinicPrefix = "load-clinic-"
    static let patientPrefix = "LOAD-PAC-"
    static let chunksPerDocument = 20
    var clinics = 10
    var doctors = 200
    var patientsPerClinic = 1_000

    func clinic(ofDoctor d: Int) -> String { Self.clinicPrefix + String(format: "%02d", d % clinics + 1) }
    func patient(_ p: Int) -> String { Self.patientPrefix + String(format: "%04d", p % patientsPerClinic) }
}

/// The requests of a run: request i is interaction (i / doctors + doctor) mod 20 of doctor i mod doctors,
/// so all doctors are in their sessions at once, each walking `SessionMix.session` in order (started at
/// staggered points), one patient per seven interactions. Bodies are synthetic Spanish notes and questions (no real patient).
struct Scenario {
    let shape: ScenarioShape
    /// One minted token per doctor (`lambda-local token`'s issuer).
    let tokens: [String]
    /// Seeded documents per clinic: (document id, patient id).
    let documents: [String: [(id: String, patient: String)]]
    /// One open chat session per doctor (opened by a real `POST /chat` before the phases; nil when that failed:
    /// the doctor's continued turns then open new sessions).
    var chatSessions: [String?] = []

    /// A synthetic laboratory report in text (no real patient): what the upload step sends.
    static let labReport = Array("""
        Informe de laboratorio. Hemograma: hemoglobina 12.8 g/dL, leucocitos 7.200/mm3, plaquetas 245.000/mm3.
        Química: glucosa en ayunas 132 mg/dL, HbA1c 7.4 %, creatinina 1.1 mg/dL, potasio 4.6 mEq/L.
        Perfil lipídico: colesterol total 212 mg/dL, LDL 138 mg/dL, HDL 42 mg/dL, triglicéridos 190 mg/dL.
        TSH 2.1 mUI/L. Orina: sin proteinuria. Comentario: control de diabetes tipo 2 e hipertensión en 3 meses.
        """.utf8)

    static let notes = [
        "Paciente de 58 años con hipertensión arterial y diabetes tipo 2. TA 142/90 mmHg. Se ajusta losartán a 100 mg cada 24 horas. Control en 1 mes.",
        "Mujer de 34 años con faringitis aguda, fiebre de 38.5 °C. Se indica amoxicilina 500 mg cada 8 horas por 7 días. Reposo e hidratación.",
        "Paciente con asma persistente leve, usa salbutamol 100 mcg a demanda. Se agrega budesonida inhalada. Control en 3 meses.",
    ]
    static let questions = [
        "¿Qué dosis de metformina tiene indicada y cuál fue la última HbA1c?",
        "¿Hay algún control de creatinina reciente en los estudios?",
        "¿Qué medicación antihipertensiva recibe actualmente?",
        "¿Cuándo es el próximo control indicado?",
    ]

    func request(_ i: Int) -> LoadRequest {
        let doctor = i % shape.doctors
        // Doctors are staggered by one interaction each, so any `doctors` consecutive requests hold the whole mix.
        let interaction = (i / shape.doctors + doctor) % SessionMix.session.count
        let sessionNumber = i / (shape.doctors * SessionMix.session.count)
        var step = SessionMix.session[interaction]
        if interaction == SessionMix.uploadInteraction && (sessionNumber + doctor) % SessionMix.sessionsPerUpload == 0 { step = SessionMix.upload }
        let clinic = shape.clinic(ofDoctor: doctor)
        let patientNumber = (doctor * 7919 + sessionNumber * 31 + interaction / 7) % shape.patientsPerClinic
        let patient = shape.patient(patientNumber)
        let clinicDocuments = documents[clinic] ?? []
        let document = clinicDocuments.isEmpty ? nil : clinicDocuments[(doctor + sessionNumber * 13 + interaction) % clinicDocuments.count]
        let auth = [("Authorization", "Bearer \(tokens[doctor])")]
        let json = [("Content-Type", "application/json; charset=utf-8")]
        switch step {
        case SessionMix.health:
            return LoadRequest(route: step.route, method: "GET", target: "/health")
        case SessionMix.usage:
            return LoadRequest(route: step.route, method: "GET", target: "/usage", headers: auth)
        case SessionMix.history:
            return LoadRequest(route: step.route, method: "GET", target: "/patients/\(patient)/reports?limit=10", headers: auth)
        case SessionMix.summarize:
            let text = Self.notes[(doctor + interaction) % Self.notes.count]
            let body = #"{"patientId":"\#(patient)","language":"es","text":"\#(text)"}"#
            return LoadRequest(route: step.route, method: "POST", target: "/summarize", headers: auth + json, body: Array(body.utf8))
        case SessionMix.documentList:
            return LoadRequest(route: step.route, method: "GET", target: "/patients/\(document?.patient ?? patient)/documents?limit=10", headers: auth)
        case SessionMix.document:
            return LoadRequest(route: step.route, method: "GET", target: "/documents/\(document?.id ?? "00000000-0000-4000-8000-000000000000")", headers: auth)
        case SessionMix.upload:
            let body = #"{"patientId":"\#(patient)","fileName":"laboratorio-\#(i).txt","contentType":"text/plain","sizeBytes":\#(Self.labReport.count)}"#
            return LoadRequest(route: step.route, method: "POST", target: "/uploads", headers: auth + json, body: Array(body.utf8),
                               followUp: Self.presignedPut)
        default:
            let question = Self.questions[(doctor + interaction) % Self.questions.count]
            let session = SessionMix.continuedChatInteractions.contains(interaction) ? chatSessions.indices.contains(doctor) ? chatSessions[doctor] : nil : nil
            let body = session.map { #"{"message":"\#(question)","language":"es","sessionId":"\#($0)"}"# }
                ?? #"{"message":"\#(question)","language":"es"}"#
            return LoadRequest(route: step.route, method: "POST", target: "/chat", headers: auth + json, body: Array(body.utf8))
        }
    }

    /// The PUT of the lab report to the presigned URL `POST /uploads` answered (201), with exactly the headers it
    /// signed; counted under its own route. Loopback only: any other host is not followed.
    static let presignedPut: LoadRequest.FollowUp = { status, body in
        guard status == 201, let answer = try? JSONValue.parse(body), let url = answer["uploadUrl"]?.string,
              let parts = URLComponents(string: url), parts.host == "127.0.0.1", let port = parts.port.flatMap(UInt16.init(exactly:)) else { return nil }
        let target = parts.percentEncodedPath + (parts.percentEncodedQuery.map { "?" + $0 } ?? "")
        let headers = (answer["headers"]?.object ?? [:]).compactMap { name, value -> (String, String)? in
            guard let text = value.string, !["host", "content-length"].contains(name.lowercased()) else { return nil }
            return (name, text)
        }
        return (port, LoadRequest(route: "PUT presigned S3 upload", method: "PUT", target: target, host: "127.0.0.1:\(port)", headers: headers, body: labReport))
    }
}
