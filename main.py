from csms_desktop.app import main

main()
