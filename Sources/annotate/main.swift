import AnnotateCLI
import AnnotateStages

AnnotateCLI.main(registry: .builtins)
