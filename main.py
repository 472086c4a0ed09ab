from csms_desktop.app import main

if __name__ == "__main__":  # not when a worker process (multiprocessing) imports this file
    main()
