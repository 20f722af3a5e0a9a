/// A fixed RSA key for the fuzz targets only (never deployed, never trusted anywhere else): seed corpora
/// can then carry tokens that verify, so mutations reach the code behind the signature check.
enum FuzzKeys {
    static let kid = "fuzz-key-1"
    static let pem = """
    -----BEGIN PRIVATE KEY-----
    MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC6OMkT+rRo/3zu
    cTt5Roxdwpu16NxmVAkaDRQhw4jBo+kC87a4BN9o0l6QWwbp3pUJ6rVA+USH41E9
    qgQZp2vTuVmywyBvj6QCnMvkzhsYPo/ozYA+KfcsSEb3m9QjOJ00kLz86zIkah13
    jkDwa1BBXmU++/Pj/sjuKRDTzSECCm22xebF40N8tw2k+JQfH2hzkv/ujM3Ee5HS
    tlDK0BXMFM0tN7iL1q6S3efby8q/QDy+VicyyUapOeiwsROJfnshM0zCJOWOLyOn
    k8S+ZjIuD4DAyFLYkezTr/Mso4MFOfxyJKJBklg0PGB07lfvVG6pPoRXVzwozA/3
    P4bPWk8fAgMBAAECggEAUrWt+YW8Y3Y2UuFP/QlshqhM6HrIiVqBwGRWsLhcIUVf
    1MPSP+FKKRBml88WPwFxSLpKTtVnrsMz7iN5Nru5lIwaXt9zpJkzy0VA+hrgxd/j
    ow7DCtkwwyZG/urjSdF3YUV36w27c5j+BX/VL/M57g6zAUp+hKFBNSZgJvJQ2sps
    sF3dHilDbymeVvXPULp9VpARqokFA4WcmShn0N6uiT33i1Xe1WCO66/fK/XdCEi2
    2pjdGfCRn5vXjilJgju6DIQNwlyFchPmgF29WJOItI8Wm9gbbN7Eg4J62pXHpOkN
    R4q3HRDHmCiiHa0Qwt00NltWdrSMxqoGnL9xQNClAQKBgQDnaQCKE1GaLat8Brx8
    5MNL/GJgBZclNazhZ7mbeizthkFQxvc+8+wUWPXUn6aPgp7KnTjajnfBnMGn5Uya
    cs9xmTf1H2nPE+nmim1yzHNS2w826gTLWa5yfZBg6OfZsJpaghFZxn3CcB0P9k3f
    FGe/tYcT1WrHncptfI+prlQr/wKBgQDOAoj7NyOSOjWzUJe2f2alldqb8m80/S1S
    CudPh6vIDtYeEno4aakzkhyboG6/Wf1yhbrVyAvDUIdjN6rDo0jfvGprLJQcXWlc
    4OKnuiWE8pyP9fGn4yFhntkNGfg4fJ3Is0AUB8N0p3L8bk+SyHAoHQ5lRHBY3SAf
    unv06HBc4QKBgCV0AilWzRtGDv4o3PLd15oBxC5EWV0lXdCxiAHY+VKMKyAWw8eF
    lQ0KBOef20ZY3rhuT9hXvJwycclpvEc3E8oQAVWD+w0P7QhqGSK+Yl/joofBwnrj
    De/r0KVOrM+33JOPf51nGc2RdbKyq5HSbKRDjhQws3KRYETuJxZQZ8EjAoGBAKN3
    iYBlkVk/zUq7IZdTYnzz+uKRrcKLPwIB2ufVjO6TLz3vhYHr/bIJN6AZ3qcB3kWY
    bdejBAp4hOWqz1qr33CBjqP6XJBhYvCrFc7nu0vSQ39MNfP1G5DdvfdSaw9Petg9
    vBPo0SRolqpNUeD0IWMDI2AhvVAWLp5emGuOYVKhAoGAWe31jtTt6gOav/+k/P1W
    1fRK7VaHaHAPr0MUyPDiaOtsnw2omuBH3LcmfJS1TPFa8KkDGLTEJLn9XwS8nw75
    JZq5SpqtOl2K7S9y9zLLw6FvHz/KgNoDuP16ALu/3YmpVnssoBy4d8makf7UuRE4
    IKxi3F4GES9Q8SaP1eBlj1g=
    -----END PRIVATE KEY-----
    """
}
