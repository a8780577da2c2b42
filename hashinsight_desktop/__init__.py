"""HashInsight Desktop: the operations console of a Bitcoin mining farm and hosting business."""

__version__ = "0.1.0"
APP_NAME = "hashinsight-desktop"
