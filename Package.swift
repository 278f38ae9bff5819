// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "annotate",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "AnnotateCore", targets: ["AnnotateCore"]),
        .library(name: "AnnotateStages", targets: ["AnnotateStages"]),
        .library(name: "AnnotateCLI", targets: ["AnnotateCLI"]),
        .executable(name: "annotate", targets: ["annotate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libxml2 from the system: apt `libxml2-dev`, pkg-config `libxml-2.0`.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // Document model, stage protocol, registry, pipeline files, runner, JSON I/O. No C.
        .target(name: "AnnotateCore"),
        // Built-in stages; the only code that touches libxml2.
        .target(name: "AnnotateStages", dependencies: ["AnnotateCore", "CLibXML2"]),
        // The command-line interface, reusable by packages that add their own stages.
        .target(
            name: "AnnotateCLI",
            dependencies: [
                "AnnotateCore", "AnnotateStages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "annotate", dependencies: ["AnnotateCLI", "AnnotateStages"]),
        .testTarget(name: "AnnotateCoreTests", dependencies: ["AnnotateCore"]),
        .testTarget(name: "AnnotateStagesTests", dependencies: ["AnnotateCore", "AnnotateStages"]),
        .testTarget(
            name: "AnnotateCLITests",
            dependencies: ["AnnotateCore", "AnnotateStages", "AnnotateCLI", "annotate"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
