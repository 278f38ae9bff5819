// swift-tools-version:6.0
import PackageDescription

// A user's own stage: depends on the annotate libraries, registers one more stage and runs the
// same CLI. Build and run from this folder: swift run annotate-plus run pipeline.json ../../samples
let package = Package(
    name: "ExclamationStage",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "annotate", path: "../..")],
    targets: [
        .executableTarget(
            name: "annotate-plus",
            dependencies: [
                .product(name: "AnnotateCore", package: "annotate"),
                .product(name: "AnnotateStages", package: "annotate"),
                .product(name: "AnnotateCLI", package: "annotate"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
